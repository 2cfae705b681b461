import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts get a token generation (every access token carries it; signing out moves it on, which
 * revokes the account's tokens) and a disabled time (a disabled account's tokens stop at once).
 */
export class AccountTokenGeneration1795730000000 implements MigrationInterface {
  name = 'AccountTokenGeneration1795730000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" ADD "token_generation" integer NOT NULL DEFAULT '0'`);
    await queryRunner.query(`ALTER TABLE "account" ADD "disabled_at" TIMESTAMP WITH TIME ZONE`);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "disabled_at"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "token_generation"`);
  }
}
