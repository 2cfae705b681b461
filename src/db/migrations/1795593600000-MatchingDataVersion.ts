import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A counter that every change to what matching reads (organisations, capabilities and their
 * technologies and cities) increments, by statement-level triggers. Server instances keep the
 * candidate pool in memory and check this one row per request: stateless in effect, since a
 * change made through any instance (or by hand in SQL) is seen by all of them at their next request.
 */
export class MatchingDataVersion1795593600000 implements MigrationInterface {
  name = 'MatchingDataVersion1795593600000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "matching_data_version" ("id" smallint PRIMARY KEY CHECK ("id" = 1), "version" bigint NOT NULL DEFAULT 0)`,
    );
    await queryRunner.query(`INSERT INTO "matching_data_version" ("id", "version") VALUES (1, 0)`);
    await queryRunner.query(`CREATE FUNCTION "bump_matching_data_version"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        UPDATE "matching_data_version" SET "version" = "version" + 1 WHERE "id" = 1;
        RETURN NULL;
      END $$`);
    for (const table of TABLES) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_matching_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}"
         FOR EACH STATEMENT EXECUTE FUNCTION "bump_matching_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of TABLES) await queryRunner.query(`DROP TRIGGER "${table}_bumps_matching_data_version" ON "${table}"`);
    await queryRunner.query(`DROP FUNCTION "bump_matching_data_version"()`);
    await queryRunner.query(`DROP TABLE "matching_data_version"`);
  }
}

const TABLES = ['organization', 'capability', 'capability_technology', 'capability_city'];
