import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Invitations change what a query answers (`invitations`, `node`), so, like every other table an
 * answer can read, the invitation table moves the data version the response cache is keyed by
 * (1795700000000-DataVersion).
 */
export class InvitationDataVersion1795740000100 implements MigrationInterface {
  name = 'InvitationDataVersion1795740000100';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TRIGGER "invitation_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "invitation"
       FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER "invitation_bumps_data_version" ON "invitation"`);
  }
}
