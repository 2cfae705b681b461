import { MigrationInterface, QueryRunner } from 'typeorm';

/** Domains and technologies get the optimistic-locking `version` the other editable rows have, so two admins' edits cannot silently overwrite each other. */
export class TaxonomyVersion1795710000000 implements MigrationInterface {
  name = 'TaxonomyVersion1795710000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "domain" ADD "version" integer NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "technology" ADD "version" integer NOT NULL DEFAULT '1'`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "technology" DROP COLUMN "version"`);
    await queryRunner.query(`ALTER TABLE "domain" DROP COLUMN "version"`);
  }
}
