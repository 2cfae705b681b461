import { MigrationInterface, QueryRunner } from "typeorm";

export class AccountsAndWorkflows1795599400916 implements MigrationInterface {
    name = 'AccountsAndWorkflows1795599400916'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."account_role" AS ENUM('MEMBER', 'PLANNER', 'ADMIN')`);
        await queryRunner.query(`CREATE TABLE "account" ("id" SERIAL NOT NULL, "email" character varying(320) NOT NULL, "password_hash" character varying(300) NOT NULL, "role" "public"."account_role" NOT NULL, "organization_id" integer, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_4c8f96ccf523e9a3faefd5bdd4c" UNIQUE ("email"), CONSTRAINT "PK_54115ee388cdb6d86bb4bf5b2ea" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_020686089902f4a0b53aa74019" ON "account"  ("organization_id") `);
        await queryRunner.query(`CREATE TABLE "audit_entry" ("id" SERIAL NOT NULL, "occurred_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "actor_id" integer, "action" character varying(60) NOT NULL, "subject_type" character varying(40) NOT NULL, "subject_id" integer NOT NULL, "details" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_15cd16d652cff9278f9c0f0e93" ON "audit_entry"  ("occurred_at") `);
        await queryRunner.query(`CREATE INDEX "IDX_97535621724623160ea0427566" ON "audit_entry"  ("actor_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_audit_entry_subject" ON "audit_entry"  ("subject_type", "subject_id") `);
        await queryRunner.query(`CREATE TYPE "public"."consortium_status" AS ENUM('DRAFT', 'INVITING', 'CONFIRMED', 'DISSOLVED')`);
        await queryRunner.query(`CREATE TABLE "consortium" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "name" character varying(200) NOT NULL, "status" "public"."consortium_status" NOT NULL DEFAULT 'DRAFT', "owner_id" integer NOT NULL, "confirmed_at" TIMESTAMP WITH TIME ZONE, "dissolved_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "PK_4824052d8c31b96eb2205e803cb" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_e44c18e13ae2684318eb4a78df" ON "consortium"  ("project_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_73c76f45df995c8a696580498f" ON "consortium"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_3ed9f578f9ec8de505b665f0d9" ON "consortium"  ("owner_id") `);
        await queryRunner.query(`CREATE TABLE "consortium_assignment" ("id" SERIAL NOT NULL, "consortium_id" integer NOT NULL, "requirement_slot_id" integer NOT NULL, "organization_id" integer NOT NULL, CONSTRAINT "UQ_consortium_assignment_slot" UNIQUE ("consortium_id", "requirement_slot_id"), CONSTRAINT "PK_31b1ccced53930c036eb89bbd7d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_1e123209ae1775a822a3fce4e3" ON "consortium_assignment"  ("consortium_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_9009013f13991c80ca41e8da6c" ON "consortium_assignment"  ("requirement_slot_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f9fb49e8de80e113decdb49c48" ON "consortium_assignment"  ("organization_id") `);
        await queryRunner.query(`CREATE TYPE "public"."invitation_status" AS ENUM('NOT_SENT', 'INVITED', 'ACCEPTED', 'DECLINED')`);
        await queryRunner.query(`CREATE TABLE "consortium_member" ("id" SERIAL NOT NULL, "consortium_id" integer NOT NULL, "organization_id" integer NOT NULL, "role" "public"."slot_role" NOT NULL, "invitation_status" "public"."invitation_status" NOT NULL DEFAULT 'NOT_SENT', "invited_at" TIMESTAMP WITH TIME ZONE, "answered_at" TIMESTAMP WITH TIME ZONE, "answered_by_id" integer, CONSTRAINT "UQ_consortium_member" UNIQUE ("consortium_id", "organization_id"), CONSTRAINT "PK_8ce138c030d3fb82ff40354ec8d" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_78b56002bb724955f4e7e18c5f" ON "consortium_member"  ("consortium_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_6f23217ab73dd74d489dba9834" ON "consortium_member"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_50eb2ee0ba42f7489b05619d72" ON "consortium_member"  ("answered_by_id") `);
        await queryRunner.query(`CREATE TYPE "public"."partnership_request_status" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
        await queryRunner.query(`CREATE TABLE "partnership_request" ("id" SERIAL NOT NULL, "from_organization_id" integer NOT NULL, "to_organization_id" integer NOT NULL, "project_id" integer, "message" text NOT NULL DEFAULT '', "status" "public"."partnership_request_status" NOT NULL DEFAULT 'PENDING', "created_by_id" integer, "answered_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "CHK_partnership_request_not_self" CHECK ("from_organization_id" <> "to_organization_id"), CONSTRAINT "PK_371f57bb97595babb318c688a67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_daee9c666dbfcdd8db1c7b8aa0" ON "partnership_request"  ("from_organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5eac8738f7d2caa1ea41fccd76" ON "partnership_request"  ("to_organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_1425c9161a73eb5c24ab37dc1a" ON "partnership_request"  ("project_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_8407739b99e875572e37a29e6a" ON "partnership_request"  ("status") `);
        await queryRunner.query(`CREATE INDEX "IDX_0d365a792d76168e8632747e09" ON "partnership_request"  ("created_by_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "UQ_partnership_request_pending_pair" ON "partnership_request"  ("from_organization_id", "to_organization_id") WHERE "status" = 'PENDING'`);
        await queryRunner.query(`ALTER TABLE "organization" ADD "membership_decision_reason" text`);
        await queryRunner.query(`ALTER TABLE "project" ADD "owner_id" integer`);
        await queryRunner.query(`ALTER TABLE "requirement_slot" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "capability" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`CREATE INDEX "IDX_d40afe32d1d771bea7a5f46818" ON "project"  ("owner_id") `);
        await queryRunner.query(`ALTER TABLE "account" ADD CONSTRAINT "FK_020686089902f4a0b53aa740196" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "audit_entry" ADD CONSTRAINT "FK_97535621724623160ea04275668" FOREIGN KEY ("actor_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_d40afe32d1d771bea7a5f468185" FOREIGN KEY ("owner_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium" ADD CONSTRAINT "FK_e44c18e13ae2684318eb4a78df7" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium" ADD CONSTRAINT "FK_3ed9f578f9ec8de505b665f0d9c" FOREIGN KEY ("owner_id") REFERENCES "account"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium_assignment" ADD CONSTRAINT "FK_1e123209ae1775a822a3fce4e3c" FOREIGN KEY ("consortium_id") REFERENCES "consortium"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium_assignment" ADD CONSTRAINT "FK_9009013f13991c80ca41e8da6ce" FOREIGN KEY ("requirement_slot_id") REFERENCES "requirement_slot"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium_assignment" ADD CONSTRAINT "FK_f9fb49e8de80e113decdb49c48d" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium_member" ADD CONSTRAINT "FK_78b56002bb724955f4e7e18c5f8" FOREIGN KEY ("consortium_id") REFERENCES "consortium"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium_member" ADD CONSTRAINT "FK_6f23217ab73dd74d489dba98343" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "consortium_member" ADD CONSTRAINT "FK_50eb2ee0ba42f7489b05619d72d" FOREIGN KEY ("answered_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership_request" ADD CONSTRAINT "FK_daee9c666dbfcdd8db1c7b8aa0a" FOREIGN KEY ("from_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership_request" ADD CONSTRAINT "FK_5eac8738f7d2caa1ea41fccd768" FOREIGN KEY ("to_organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership_request" ADD CONSTRAINT "FK_1425c9161a73eb5c24ab37dc1a5" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "partnership_request" ADD CONSTRAINT "FK_0d365a792d76168e8632747e092" FOREIGN KEY ("created_by_id") REFERENCES "account"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "partnership_request" DROP CONSTRAINT "FK_0d365a792d76168e8632747e092"`);
        await queryRunner.query(`ALTER TABLE "partnership_request" DROP CONSTRAINT "FK_1425c9161a73eb5c24ab37dc1a5"`);
        await queryRunner.query(`ALTER TABLE "partnership_request" DROP CONSTRAINT "FK_5eac8738f7d2caa1ea41fccd768"`);
        await queryRunner.query(`ALTER TABLE "partnership_request" DROP CONSTRAINT "FK_daee9c666dbfcdd8db1c7b8aa0a"`);
        await queryRunner.query(`ALTER TABLE "consortium_member" DROP CONSTRAINT "FK_50eb2ee0ba42f7489b05619d72d"`);
        await queryRunner.query(`ALTER TABLE "consortium_member" DROP CONSTRAINT "FK_6f23217ab73dd74d489dba98343"`);
        await queryRunner.query(`ALTER TABLE "consortium_member" DROP CONSTRAINT "FK_78b56002bb724955f4e7e18c5f8"`);
        await queryRunner.query(`ALTER TABLE "consortium_assignment" DROP CONSTRAINT "FK_f9fb49e8de80e113decdb49c48d"`);
        await queryRunner.query(`ALTER TABLE "consortium_assignment" DROP CONSTRAINT "FK_9009013f13991c80ca41e8da6ce"`);
        await queryRunner.query(`ALTER TABLE "consortium_assignment" DROP CONSTRAINT "FK_1e123209ae1775a822a3fce4e3c"`);
        await queryRunner.query(`ALTER TABLE "consortium" DROP CONSTRAINT "FK_3ed9f578f9ec8de505b665f0d9c"`);
        await queryRunner.query(`ALTER TABLE "consortium" DROP CONSTRAINT "FK_e44c18e13ae2684318eb4a78df7"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_d40afe32d1d771bea7a5f468185"`);
        await queryRunner.query(`ALTER TABLE "audit_entry" DROP CONSTRAINT "FK_97535621724623160ea04275668"`);
        await queryRunner.query(`ALTER TABLE "account" DROP CONSTRAINT "FK_020686089902f4a0b53aa740196"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_d40afe32d1d771bea7a5f46818"`);
        await queryRunner.query(`ALTER TABLE "capability" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "requirement_slot" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "project" DROP COLUMN "owner_id"`);
        await queryRunner.query(`ALTER TABLE "organization" DROP COLUMN "membership_decision_reason"`);
        await queryRunner.query(`DROP INDEX "public"."UQ_partnership_request_pending_pair"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_0d365a792d76168e8632747e09"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_8407739b99e875572e37a29e6a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1425c9161a73eb5c24ab37dc1a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5eac8738f7d2caa1ea41fccd76"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_daee9c666dbfcdd8db1c7b8aa0"`);
        await queryRunner.query(`DROP TABLE "partnership_request"`);
        await queryRunner.query(`DROP TYPE "public"."partnership_request_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_50eb2ee0ba42f7489b05619d72"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6f23217ab73dd74d489dba9834"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_78b56002bb724955f4e7e18c5f"`);
        await queryRunner.query(`DROP TABLE "consortium_member"`);
        await queryRunner.query(`DROP TYPE "public"."invitation_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f9fb49e8de80e113decdb49c48"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_9009013f13991c80ca41e8da6c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1e123209ae1775a822a3fce4e3"`);
        await queryRunner.query(`DROP TABLE "consortium_assignment"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3ed9f578f9ec8de505b665f0d9"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_73c76f45df995c8a696580498f"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_e44c18e13ae2684318eb4a78df"`);
        await queryRunner.query(`DROP TABLE "consortium"`);
        await queryRunner.query(`DROP TYPE "public"."consortium_status"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_audit_entry_subject"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_97535621724623160ea0427566"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_15cd16d652cff9278f9c0f0e93"`);
        await queryRunner.query(`DROP TABLE "audit_entry"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_020686089902f4a0b53aa74019"`);
        await queryRunner.query(`DROP TABLE "account"`);
        await queryRunner.query(`DROP TYPE "public"."account_role"`);
    }

}
