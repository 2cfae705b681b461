import { MigrationInterface, QueryRunner } from "typeorm";

export class Projects1795592347229 implements MigrationInterface {
    name = 'Projects1795592347229'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "public"."project_status" AS ENUM('DRAFT', 'OPEN', 'FORMING', 'AWARDED', 'CLOSED')`);
        await queryRunner.query(`CREATE TABLE "project" ("id" SERIAL NOT NULL, "slug" character varying(100) NOT NULL, "city_id" integer NOT NULL, "title_ko" character varying(300) NOT NULL, "title_en" character varying(300) NOT NULL, "summary_ko" text NOT NULL DEFAULT '', "summary_en" text NOT NULL DEFAULT '', "status" "public"."project_status" NOT NULL DEFAULT 'DRAFT', "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_6fce32ddd71197807027be6ad38" UNIQUE ("slug"), CONSTRAINT "PK_4d68b1358bb5b766d3e78f32f57" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_623345d9325e40f09cfc3694b2" ON "project"  ("city_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_57856cedbec1fbed761154d162" ON "project"  ("status") `);
        await queryRunner.query(`CREATE TYPE "public"."slot_role" AS ENUM('LEAD', 'INTEGRATOR', 'SOLUTION_PROVIDER', 'RESEARCH_PARTNER', 'OPERATOR')`);
        await queryRunner.query(`CREATE TABLE "requirement_slot" ("id" SERIAL NOT NULL, "project_id" integer NOT NULL, "position" smallint NOT NULL, "role" "public"."slot_role" NOT NULL, "domain_id" integer NOT NULL, "min_level" smallint NOT NULL, "weight" smallint NOT NULL, "allowed_kinds" "public"."organization_kind" array, "description_ko" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', CONSTRAINT "UQ_requirement_slot_position" UNIQUE ("project_id", "position"), CONSTRAINT "CHK_requirement_slot_position" CHECK ("position" >= 1), CONSTRAINT "CHK_requirement_slot_weight" CHECK ("weight" BETWEEN 1 AND 5), CONSTRAINT "CHK_requirement_slot_min_level" CHECK ("min_level" BETWEEN 1 AND 5), CONSTRAINT "PK_b2e9ce489434aea30f23c387ac9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_3fc652c6514b5c37ed0bbbbda1" ON "requirement_slot"  ("domain_id") `);
        await queryRunner.query(`CREATE TABLE "requirement_slot_technology" ("requirement_slot_id" integer NOT NULL, "technology_id" integer NOT NULL, CONSTRAINT "PK_540cd982e9927fe4b6d05301344" PRIMARY KEY ("requirement_slot_id", "technology_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_bf59532709f4cda3b58bf53ce7" ON "requirement_slot_technology"  ("requirement_slot_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5e21e1ef2ebbbd8ccd2c8a3deb" ON "requirement_slot_technology"  ("technology_id") `);
        await queryRunner.query(`ALTER TABLE "project" ADD CONSTRAINT "FK_623345d9325e40f09cfc3694b22" FOREIGN KEY ("city_id") REFERENCES "pilot_city"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "requirement_slot" ADD CONSTRAINT "FK_85cbe65d9993e66c827da515c06" FOREIGN KEY ("project_id") REFERENCES "project"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "requirement_slot" ADD CONSTRAINT "FK_3fc652c6514b5c37ed0bbbbda12" FOREIGN KEY ("domain_id") REFERENCES "domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "requirement_slot_technology" ADD CONSTRAINT "FK_bf59532709f4cda3b58bf53ce73" FOREIGN KEY ("requirement_slot_id") REFERENCES "requirement_slot"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "requirement_slot_technology" ADD CONSTRAINT "FK_5e21e1ef2ebbbd8ccd2c8a3deb8" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "requirement_slot_technology" DROP CONSTRAINT "FK_5e21e1ef2ebbbd8ccd2c8a3deb8"`);
        await queryRunner.query(`ALTER TABLE "requirement_slot_technology" DROP CONSTRAINT "FK_bf59532709f4cda3b58bf53ce73"`);
        await queryRunner.query(`ALTER TABLE "requirement_slot" DROP CONSTRAINT "FK_3fc652c6514b5c37ed0bbbbda12"`);
        await queryRunner.query(`ALTER TABLE "requirement_slot" DROP CONSTRAINT "FK_85cbe65d9993e66c827da515c06"`);
        await queryRunner.query(`ALTER TABLE "project" DROP CONSTRAINT "FK_623345d9325e40f09cfc3694b22"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5e21e1ef2ebbbd8ccd2c8a3deb"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_bf59532709f4cda3b58bf53ce7"`);
        await queryRunner.query(`DROP TABLE "requirement_slot_technology"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_3fc652c6514b5c37ed0bbbbda1"`);
        await queryRunner.query(`DROP TABLE "requirement_slot"`);
        await queryRunner.query(`DROP TYPE "public"."slot_role"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_57856cedbec1fbed761154d162"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_623345d9325e40f09cfc3694b2"`);
        await queryRunner.query(`DROP TABLE "project"`);
        await queryRunner.query(`DROP TYPE "public"."project_status"`);
    }

}
