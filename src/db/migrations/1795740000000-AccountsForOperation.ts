import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts for real operation (issue 13): organisation teams (an account's team role; the one
 * account each organisation had becomes its owner), mailed invitations (staff, team, claim) and
 * password resets, each storing only the hash of its one-time token.
 */
export class AccountsForOperation1795740000000 implements MigrationInterface {
  name = 'AccountsForOperation1795740000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."team_role" AS ENUM('OWNER', 'MEMBER')`);
    await queryRunner.query(`ALTER TABLE "account" ADD "team_role" "public"."team_role"`);
    await queryRunner.query(`UPDATE "account" SET "team_role" = 'OWNER' WHERE "organization_id" IS NOT NULL`);
    await queryRunner.query(`CREATE TYPE "public"."invitation_kind" AS ENUM('STAFF', 'TEAM', 'CLAIM')`);
    await queryRunner.query(
      `CREATE TABLE "invitation" ("id" SERIAL NOT NULL, "kind" "public"."invitation_kind" NOT NULL, "email" character varying(320) NOT NULL, ` +
        `"role" "public"."account_role" NOT NULL, "organization_id" integer, "team_role" "public"."team_role", "token_hash" character(64) NOT NULL, ` +
        `"invited_by_id" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, ` +
        `"accepted_at" TIMESTAMP WITH TIME ZONE, "account_id" integer, "revoked_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "UQ_invitation_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_invitation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_bcb0a0d2333443083582a05cdd" ON "invitation" ("email")`);
    await queryRunner.query(`CREATE INDEX "IDX_de7c148c7834d738ac7113f3dd" ON "invitation" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_9fcebfddfa4369ac0e3c26dc8a" ON "invitation" ("invited_by_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_1e498e6dc2d14e9e0c65b119b7" ON "invitation" ("account_id")`);
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_de7c148c7834d738ac7113f3dd8" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_9fcebfddfa4369ac0e3c26dc8a3" FOREIGN KEY ("invited_by_id") REFERENCES "account"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "invitation" ADD CONSTRAINT "FK_1e498e6dc2d14e9e0c65b119b7b" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `CREATE TABLE "password_reset" ("id" SERIAL NOT NULL, "account_id" integer NOT NULL, "token_hash" character(64) NOT NULL, ` +
        `"created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "used_at" TIMESTAMP WITH TIME ZONE, ` +
        `CONSTRAINT "UQ_password_reset_token_hash" UNIQUE ("token_hash"), CONSTRAINT "PK_password_reset" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_c491bba845232ca65b799a6325" ON "password_reset" ("account_id")`);
    await queryRunner.query(
      `ALTER TABLE "password_reset" ADD CONSTRAINT "FK_c491bba845232ca65b799a63252" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE`,
    );
    // Like every table, they move the data version the response cache is keyed by (1795700000000-DataVersion).
    for (const table of ['invitation', 'password_reset']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "password_reset"`);
    await queryRunner.query(`DROP TABLE "invitation"`);
    await queryRunner.query(`DROP TYPE "public"."invitation_kind"`);
    await queryRunner.query(`ALTER TABLE "account" DROP COLUMN "team_role"`);
    await queryRunner.query(`DROP TYPE "public"."team_role"`);
  }
}
