import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that every change to any table an answer can read increments, by statement-level
 * triggers: the response cache keys anonymous answers by it, so a change made through any
 * instance (or by hand in SQL) makes every cached answer unreachable at once. Kept apart from
 * `matching_data_version` so a project edit does not make matching re-read its 40,000 capabilities.
 * The audit log is left out: nothing anonymous reads it, and it is written only beside a change
 * that bumps the counter anyway.
 */
export class DataVersion1795700000000 implements MigrationInterface {
  name = 'DataVersion1795700000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TABLE "data_version" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "version" bigint NOT NULL DEFAULT 0)`);
    await queryRunner.query(`INSERT INTO "data_version" ("id", "version") VALUES (1, 0)`);
    await queryRunner.query(`CREATE FUNCTION "bump_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "data_version" SET "version" = "version" + 1 WHERE "id" = 1;
        RETURN NULL;
      END $$`);
    for (const table of VERSIONED_TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of VERSIONED_TABLES) await queryRunner.query(`DROP TRIGGER "${table}_bumps_data_version" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "bump_data_version"()`);
    await queryRunner.query(`DROP TABLE "data_version"`);
  }
}

/** Every table of this migration's time but the audit log, the counters and TypeORM's own; test/integration/response-cache.test.ts checks that every table since has the trigger too. */
export const VERSIONED_TABLES = [
  'account',
  'capability',
  'capability_city',
  'capability_technology',
  'city_theme',
  'consortium',
  'consortium_assignment',
  'consortium_member',
  'domain',
  'industry',
  'organization',
  'partnership_request',
  'pilot_city',
  'project',
  'requirement_slot',
  'requirement_slot_technology',
  'technology',
  'working_group',
  'working_group_membership',
];
