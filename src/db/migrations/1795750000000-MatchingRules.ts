import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The data of issue 14's matching rules: slot budget shares and consortium members' stakes (the
 * 30% stake cap on a project), an organisation's matchmaking opt-out and capacity, partner blocks,
 * and expressions of interest in projects; consortium invitations can now expire (an award
 * dissolves the project's other consortia).
 */
export class MatchingRules1795750000000 implements MigrationInterface {
  name = 'MatchingRules1795750000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "partner_block" ("id" SERIAL NOT NULL, "organization_id" integer NOT NULL, "blocked_organization_id" integer NOT NULL, ` +
        `"created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "created_by_id" integer, ` +
        `CONSTRAINT "UQ_partner_block" UNIQUE ("organization_id", "blocked_organization_id"), ` +
        `CONSTRAINT "CHK_partner_block_other" CHECK ("organization_id" <> "blocked_organization_id"), CONSTRAINT "PK_8cc034bb9bef4d1fa7eb1b9629c" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_087d9bcc82fc3c459c58d0ee97" ON "partner_block" ("blocked_organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_f6757ae27cf72a4dae666ba692" ON "partner_block" ("created_by_id")`);
    await queryRunner.query(
      `CREATE TABLE "project_interest" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "organization_id" integer NOT NULL, ` +
        `"slot_ids" integer array NOT NULL DEFAULT '{}', "message" text NOT NULL DEFAULT '', "account_id" integer, ` +
        `"created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), ` +
        `CONSTRAINT "UQ_project_interest" UNIQUE ("project_id", "organization_id"), CONSTRAINT "PK_8835712fbfef039e83fc48b7677" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2bc4f2622caf488fc88db2630b" ON "project_interest" ("organization_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_4537e23371735bbf33ca070992" ON "project_interest" ("account_id")`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "matchmaking" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "organization" ADD "max_concurrent_consortia" integer NOT NULL DEFAULT '3'`);
    await queryRunner.query(`ALTER TABLE "project" ADD "max_large_stake" double precision`);
    await queryRunner.query(`ALTER TABLE "requirement_slot" ADD "budget_share" double precision NOT NULL DEFAULT '1'`);
    await queryRunner.query(`ALTER TABLE "consortium_member" ADD "stake" double precision`);
    // Not used in this transaction, which PostgreSQL (12+) requires of a value added inside one.
    await queryRunner.query(`ALTER TYPE "public"."invitation_status" ADD VALUE 'EXPIRED'`);
    await queryRunner.query(
      `ALTER TABLE "organization" ADD CONSTRAINT "CHK_organization_max_concurrent_consortia" CHECK ("max_concurrent_consortia" BETWEEN 1 AND 50)`,
    );
    await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "CHK_project_max_large_stake" CHECK ("max_large_stake" BETWEEN 0 AND 1)`);
    await queryRunner.query(`ALTER TABLE "requirement_slot" ADD CONSTRAINT "CHK_requirement_slot_budget_share" CHECK ("budget_share" > 0)`);
    await queryRunner.query(`ALTER TABLE "consortium_member" ADD CONSTRAINT "CHK_consortium_member_stake" CHECK ("stake" BETWEEN 0 AND 1)`);
    await queryRunner.query(
      `ALTER TABLE "partner_block" ADD CONSTRAINT "FK_48b9859898b6811666928093428" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_block" ADD CONSTRAINT "FK_087d9bcc82fc3c459c58d0ee97d" FOREIGN KEY ("blocked_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "partner_block" ADD CONSTRAINT "FK_f6757ae27cf72a4dae666ba6926" FOREIGN KEY ("created_by_id") REFERENCES "account"("id") ON DELETE SET NULL`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_interest" ADD CONSTRAINT "FK_1b076d8139bf9bac4d2240ca5b1" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_interest" ADD CONSTRAINT "FK_2bc4f2622caf488fc88db2630bf" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE`,
    );
    await queryRunner.query(
      `ALTER TABLE "project_interest" ADD CONSTRAINT "FK_4537e23371735bbf33ca070992b" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE SET NULL`,
    );
    // Like every table, they move the data version the response cache is keyed by (1795700000000-DataVersion).
    for (const table of ['partner_block', 'project_interest']) {
      await queryRunner.query(
        `CREATE TRIGGER "${table}_bumps_data_version" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "${table}" FOR EACH STATEMENT EXECUTE FUNCTION "bump_data_version"()`,
      );
    }
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "project_interest"`);
    await queryRunner.query(`DROP TABLE "partner_block"`);
    await queryRunner.query(`UPDATE "consortium_member" SET "invitation_status" = 'DECLINED' WHERE "invitation_status" = 'EXPIRED'`);
    await queryRunner.query(`CREATE TYPE "public"."invitation_status_old" AS ENUM('NOT_SENT', 'INVITED', 'ACCEPTED', 'DECLINED')`);
    await queryRunner.query(`ALTER TABLE "consortium_member" ALTER COLUMN "invitation_status" DROP DEFAULT`);
    await queryRunner.query(
      `ALTER TABLE "consortium_member" ALTER COLUMN "invitation_status" TYPE "public"."invitation_status_old" USING "invitation_status"::"text"::"public"."invitation_status_old"`,
    );
    await queryRunner.query(`ALTER TABLE "consortium_member" ALTER COLUMN "invitation_status" SET DEFAULT 'NOT_SENT'`);
    await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
    await queryRunner.query(`ALTER TYPE "public"."invitation_status_old" RENAME TO "invitation_status"`);
    await queryRunner.query(`ALTER TABLE "consortium_member" DROP COLUMN "stake"`);
    await queryRunner.query(`ALTER TABLE "requirement_slot" DROP COLUMN "budget_share"`);
    await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "max_large_stake"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "max_concurrent_consortia"`);
    await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "matchmaking"`);
  }
}
