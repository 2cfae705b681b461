import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Mail for people who are away (issue 15): each account's mail choices (`notification_settings`),
 * the instant-mail cursor through the event log (`mail_cursor`, one row) and each account's daily
 * digest state (`notification_digest`).
 */
export class NotificationMail1795780000000 implements MigrationInterface {
  name = 'NotificationMail1795780000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "notification_settings" ("account_id" integer NOT NULL, "deliveries" jsonb NOT NULL DEFAULT '{}', ` +
        `"project_match_threshold" double precision DEFAULT '0.5', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "CHK_notification_settings_threshold" CHECK ("project_match_threshold" IS NULL OR "project_match_threshold" BETWEEN 0 AND 1), ` +
        `CONSTRAINT "PK_b09acbe9164a5427e6475ba1105" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "mail_cursor" ("id" smallint NOT NULL, "last_event_id" bigint NOT NULL, ` +
        `CONSTRAINT "CHK_mail_cursor_single_row" CHECK ("id" = 1), CONSTRAINT "PK_a3fc4535e18c0c4e739dba2e58d" PRIMARY KEY ("id"))`,
    );
    // Mail starts with the events written from now on: a deployment does not mail the history.
    await queryRunner.query(`INSERT INTO "mail_cursor" ("id", "last_event_id") SELECT 1, coalesce(max("id"), 0) FROM "event"`);
    await queryRunner.query(
      `CREATE TABLE "notification_digest" ("account_id" integer NOT NULL, "last_day" date, "up_to_event_id" bigint, ` +
        `"sent_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_c5ba025c8e3fad2f0c6366260aa" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_settings" ADD CONSTRAINT "FK_b09acbe9164a5427e6475ba1105" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification_digest" ADD CONSTRAINT "FK_c5ba025c8e3fad2f0c6366260aa" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    // Like every table, they move the data version the response cache is keyed by (1795700000000-DataVersion).
    for (const table of ['notification_settings', 'mail_cursor', 'notification_digest']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "notification_digest"`);
    await queryRunner.query(`DROP TABLE "mail_cursor"`);
    await queryRunner.query(`DROP TABLE "notification_settings"`);
  }
}
