import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The notification centre's read state (issue 15): a per-account mark ("everything up to this
 * event is read") and single events read above it.
 */
export class EventReadState1795775000000 implements MigrationInterface {
  name = 'EventReadState1795775000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "event_read_mark" ("account_id" integer NOT NULL, "up_to" bigint NOT NULL, CONSTRAINT "PK_471c703560c2998b38a741d2e00" PRIMARY KEY ("account_id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "event_read" ("account_id" integer NOT NULL, "event_id" bigint NOT NULL, CONSTRAINT "PK_7a2a3d4627de49cd63cf58df619" PRIMARY KEY ("account_id", "event_id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4ebd52bfaa33c7ab8c7816579e" ON "event_read" ("event_id")`);
    await queryRunner.query(
      `ALTER TABLE "event_read_mark" ADD CONSTRAINT "FK_471c703560c2998b38a741d2e00" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_read" ADD CONSTRAINT "FK_058377fd8bbfb6da50dfdfab457" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "event_read" ADD CONSTRAINT "FK_4ebd52bfaa33c7ab8c7816579e6" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE`,
    );
    // Like every table, they move the data version the response cache is keyed by (1795700000000-DataVersion).
    for (const table of ['event_read_mark', 'event_read']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "event_read"`);
    await queryRunner.query(`DROP TABLE "event_read_mark"`);
  }
}
