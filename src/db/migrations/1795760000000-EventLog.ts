import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log of live events (issue 15): one row per change someone else should hear about,
 * written in the change's transaction. GIN indexes answer "the events of this account or its
 * organisation" for the notification centre and replays.
 */
export class EventLog1795760000000 implements MigrationInterface {
  name = 'EventLog1795760000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event" ("id" BIGSERIAL NOT NULL, "type" character varying(60) NOT NULL, "subject_type" character varying(40) NOT NULL, ` +
        `"subject_id" integer NOT NULL, "actor_account_id" integer, "audience_organization_ids" integer array NOT NULL DEFAULT '{}', ` +
        `"audience_account_ids" integer array NOT NULL DEFAULT '{}', "summary_ko" text NOT NULL, "summary_en" text NOT NULL, ` +
        `"data" jsonb NOT NULL DEFAULT '{}', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "PK_30c2f3bbaf6d34a55f8ae6e4614" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_46171a1014619a0fa9078840db" ON "event" ("actor_account_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_event_subject" ON "event" ("subject_type", "subject_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_event_audience_organizations" ON "event" USING gin ("audience_organization_ids")`);
    await queryRunner.query(`CREATE INDEX "IDX_event_audience_accounts" ON "event" USING gin ("audience_account_ids")`);
    await queryRunner.query(
      `ALTER TABLE "event" ADD CONSTRAINT "FK_46171a1014619a0fa9078840dbc" FOREIGN KEY ("actor_account_id") REFERENCES "account"("id") ON DELETE SET NULL`,
    );
    // Like every table, it moves the data version the response cache is keyed by (1795700000000-DataVersion).
    await queryRunner.query(
      `CREATE TRIGGER "event_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "event" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event"`);
  }
}
