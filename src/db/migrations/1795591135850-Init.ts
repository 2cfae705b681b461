import { MigrationInterface, QueryRunner } from "typeorm";

export class Init1795591135850 implements MigrationInterface {
    name = 'Init1795591135850'

    public async up(queryRunner: QueryRunner): Promise<void> {
        // Trigram matching for the text filter (Hangul and Latin alike); a trusted extension since PostgreSQL 13.
        await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
        await queryRunner.query(`CREATE TYPE "public"."region" AS ENUM('SEOUL', 'BUSAN', 'DAEGU', 'INCHEON', 'GWANGJU', 'DAEJEON', 'ULSAN', 'SEJONG', 'GYEONGGI', 'GANGWON', 'CHUNGBUK', 'CHUNGNAM', 'JEONBUK', 'JEONNAM', 'GYEONGBUK', 'GYEONGNAM', 'JEJU')`);
        await queryRunner.query(`CREATE TABLE "pilot_city" ("id" SERIAL NOT NULL, "slug" character varying(64) NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "region" "public"."region" NOT NULL, "area_km2" double precision NOT NULL, "description_ko" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', CONSTRAINT "UQ_ac974c2ac537e86a7202b5353ae" UNIQUE ("slug"), CONSTRAINT "PK_49a27a351efa3aa8f7240ea9745" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "industry" ("id" SERIAL NOT NULL, "slug" character varying(64) NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, CONSTRAINT "UQ_78983b4b906f4e79c766c433999" UNIQUE ("slug"), CONSTRAINT "PK_fc3e38485cff79e9fbba8f13831" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."organization_kind" AS ENUM('LARGE_ENTERPRISE', 'MID_SIZED', 'SME', 'STARTUP', 'UNIVERSITY', 'RESEARCH_INSTITUTE', 'ASSOCIATION', 'PUBLIC_AGENCY')`);
        await queryRunner.query(`CREATE TYPE "public"."membership_status" AS ENUM('APPLIED', 'APPROVED', 'REJECTED', 'SUSPENDED', 'WITHDRAWN')`);
        await queryRunner.query(`CREATE TYPE "public"."profile_visibility" AS ENUM('PUBLIC', 'MEMBERS', 'PRIVATE')`);
        await queryRunner.query(`CREATE TABLE "organization" ("id" SERIAL NOT NULL, "slug" character varying(100) NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "kind" "public"."organization_kind" NOT NULL, "industry_id" integer NOT NULL, "region" "public"."region" NOT NULL, "employees" integer NOT NULL, "website" character varying(300), "description_ko" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "membership_status" "public"."membership_status" NOT NULL DEFAULT 'APPLIED', "membership_decided_at" TIMESTAMP WITH TIME ZONE, "membership_decided_by" character varying(200), "visibility" "public"."profile_visibility" NOT NULL DEFAULT 'PUBLIC', "contact_name" character varying(200), "contact_email" character varying(320), "contact_phone" character varying(50), "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', CONSTRAINT "UQ_a08804baa7c5d5427067c49a31f" UNIQUE ("slug"), CONSTRAINT "CHK_organization_employees" CHECK ("employees" >= 0), CONSTRAINT "PK_472c1f99a32def1b0abb219cd67" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_6adcbca2fe346f3f07750f4a40" ON "organization"  ("kind") `);
        await queryRunner.query(`CREATE INDEX "IDX_734bed388e5fbc0f81c9c8ad5a" ON "organization"  ("industry_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ca1deb54da8ee68557b6087b7a" ON "organization"  ("region") `);
        await queryRunner.query(`CREATE INDEX "IDX_cbffac45fb2be43d1d1aa25319" ON "organization"  ("membership_status") `);
        await queryRunner.query(`CREATE INDEX "IDX_f87d3c9216522c38d3423e4fd1" ON "organization"  ("created_at") `);
        await queryRunner.query(`CREATE TABLE "domain" ("id" SERIAL NOT NULL, "slug" character varying(64) NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description_ko" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', CONSTRAINT "UQ_b4d898ca7a472b74955cab2c2d8" UNIQUE ("slug"), CONSTRAINT "PK_27e3ec3ea0ae02c8c5bceab3ba9" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "technology" ("id" SERIAL NOT NULL, "slug" character varying(64) NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, CONSTRAINT "UQ_b83ab588ba394e7eff6471461fe" UNIQUE ("slug"), CONSTRAINT "PK_89f217a9ebf9b4bc1a0d74883ec" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TABLE "capability" ("id" SERIAL NOT NULL, "organization_id" integer NOT NULL, "domain_id" integer NOT NULL, "level" smallint NOT NULL, "description_ko" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', "evidence" jsonb NOT NULL DEFAULT '[]', "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "CHK_capability_level" CHECK ("level" BETWEEN 1 AND 5), CONSTRAINT "PK_a30c8f80d9cbf7c1315b30acfe4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_4c690af649616ee4b148749cff" ON "capability"  ("organization_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_5695536a985d588b2248d6413b" ON "capability"  ("domain_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_capability_domain_level" ON "capability"  ("domain_id", "level") `);
        await queryRunner.query(`CREATE TABLE "city_theme" ("id" SERIAL NOT NULL, "city_id" integer NOT NULL, "position" smallint NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "domain_id" integer, CONSTRAINT "UQ_city_theme_position" UNIQUE ("city_id", "position"), CONSTRAINT "CHK_city_theme_position" CHECK ("position" >= 1), CONSTRAINT "PK_624ca06b588dc8f9e0fb1505943" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_56c68a4e2bc210502967948326" ON "city_theme"  ("domain_id") `);
        await queryRunner.query(`CREATE TYPE "public"."working_group_kind" AS ENUM('WORKING_GROUP', 'SUB_COMMITTEE')`);
        await queryRunner.query(`CREATE TABLE "working_group" ("id" SERIAL NOT NULL, "slug" character varying(64) NOT NULL, "kind" "public"."working_group_kind" NOT NULL, "name_ko" character varying(200) NOT NULL, "name_en" character varying(200) NOT NULL, "description_ko" text NOT NULL DEFAULT '', "description_en" text NOT NULL DEFAULT '', CONSTRAINT "UQ_b4f7b5a338779a4cefff220da57" UNIQUE ("slug"), CONSTRAINT "PK_9cbcc6e96966bec27f605e3c9f4" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE TYPE "public"."working_group_role" AS ENUM('CHAIR', 'MEMBER')`);
        await queryRunner.query(`CREATE TABLE "working_group_membership" ("organization_id" integer NOT NULL, "working_group_id" integer NOT NULL, "role" "public"."working_group_role" NOT NULL DEFAULT 'MEMBER', "joined_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ee339ab57ba85ca02ba19409005" PRIMARY KEY ("organization_id", "working_group_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_28381202c6113f38a5c3f4ae3a" ON "working_group_membership"  ("working_group_id") `);
        await queryRunner.query(`CREATE TABLE "capability_technology" ("capability_id" integer NOT NULL, "technology_id" integer NOT NULL, CONSTRAINT "PK_32fee52dfd3ed36792c7e2b77d0" PRIMARY KEY ("capability_id", "technology_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_31eede1fbd7ff3b22051f757e9" ON "capability_technology"  ("capability_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_f72002c0a6cd0eb10a4cebacec" ON "capability_technology"  ("technology_id") `);
        await queryRunner.query(`CREATE TABLE "capability_city" ("capability_id" integer NOT NULL, "pilot_city_id" integer NOT NULL, CONSTRAINT "PK_309d7177b0c2cbbafc9c4b8b464" PRIMARY KEY ("capability_id", "pilot_city_id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_96d3dad25805d8bf2477755084" ON "capability_city"  ("capability_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_1f3bccf9a9544f6d2e7ec03123" ON "capability_city"  ("pilot_city_id") `);
        await queryRunner.query(`ALTER TABLE "organization" ADD CONSTRAINT "FK_734bed388e5fbc0f81c9c8ad5ad" FOREIGN KEY ("industry_id") REFERENCES "industry"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "capability" ADD CONSTRAINT "FK_4c690af649616ee4b148749cff4" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "capability" ADD CONSTRAINT "FK_5695536a985d588b2248d6413bb" FOREIGN KEY ("domain_id") REFERENCES "domain"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "city_theme" ADD CONSTRAINT "FK_4a75a645afbe05990bd5dbd4a40" FOREIGN KEY ("city_id") REFERENCES "pilot_city"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "city_theme" ADD CONSTRAINT "FK_56c68a4e2bc2105029679483268" FOREIGN KEY ("domain_id") REFERENCES "domain"("id") ON DELETE SET NULL ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "working_group_membership" ADD CONSTRAINT "FK_f35a3fc522d3fccba7131c8ed09" FOREIGN KEY ("organization_id") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "working_group_membership" ADD CONSTRAINT "FK_28381202c6113f38a5c3f4ae3a3" FOREIGN KEY ("working_group_id") REFERENCES "working_group"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "capability_technology" ADD CONSTRAINT "FK_31eede1fbd7ff3b22051f757e9e" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "capability_technology" ADD CONSTRAINT "FK_f72002c0a6cd0eb10a4cebacec9" FOREIGN KEY ("technology_id") REFERENCES "technology"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "capability_city" ADD CONSTRAINT "FK_96d3dad25805d8bf24777550841" FOREIGN KEY ("capability_id") REFERENCES "capability"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        await queryRunner.query(`ALTER TABLE "capability_city" ADD CONSTRAINT "FK_1f3bccf9a9544f6d2e7ec03123d" FOREIGN KEY ("pilot_city_id") REFERENCES "pilot_city"("id") ON DELETE CASCADE ON UPDATE CASCADE`);
        // TypeORM cannot express an expression index; the filter uses this exact expression (SEARCH_TEXT).
        await queryRunner.query(`CREATE INDEX "IDX_organization_search_trgm" ON "organization" USING gin ((name_ko || ' ' || name_en || ' ' || description_ko || ' ' || description_en) gin_trgm_ops)`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_organization_search_trgm"`);
        await queryRunner.query(`ALTER TABLE "capability_city" DROP CONSTRAINT "FK_1f3bccf9a9544f6d2e7ec03123d"`);
        await queryRunner.query(`ALTER TABLE "capability_city" DROP CONSTRAINT "FK_96d3dad25805d8bf24777550841"`);
        await queryRunner.query(`ALTER TABLE "capability_technology" DROP CONSTRAINT "FK_f72002c0a6cd0eb10a4cebacec9"`);
        await queryRunner.query(`ALTER TABLE "capability_technology" DROP CONSTRAINT "FK_31eede1fbd7ff3b22051f757e9e"`);
        await queryRunner.query(`ALTER TABLE "working_group_membership" DROP CONSTRAINT "FK_28381202c6113f38a5c3f4ae3a3"`);
        await queryRunner.query(`ALTER TABLE "working_group_membership" DROP CONSTRAINT "FK_f35a3fc522d3fccba7131c8ed09"`);
        await queryRunner.query(`ALTER TABLE "city_theme" DROP CONSTRAINT "FK_56c68a4e2bc2105029679483268"`);
        await queryRunner.query(`ALTER TABLE "city_theme" DROP CONSTRAINT "FK_4a75a645afbe05990bd5dbd4a40"`);
        await queryRunner.query(`ALTER TABLE "capability" DROP CONSTRAINT "FK_5695536a985d588b2248d6413bb"`);
        await queryRunner.query(`ALTER TABLE "capability" DROP CONSTRAINT "FK_4c690af649616ee4b148749cff4"`);
        await queryRunner.query(`ALTER TABLE "organization" DROP CONSTRAINT "FK_734bed388e5fbc0f81c9c8ad5ad"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_1f3bccf9a9544f6d2e7ec03123"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_96d3dad25805d8bf2477755084"`);
        await queryRunner.query(`DROP TABLE "capability_city"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f72002c0a6cd0eb10a4cebacec"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_31eede1fbd7ff3b22051f757e9"`);
        await queryRunner.query(`DROP TABLE "capability_technology"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_28381202c6113f38a5c3f4ae3a"`);
        await queryRunner.query(`DROP TABLE "working_group_membership"`);
        await queryRunner.query(`DROP TYPE "public"."working_group_role"`);
        await queryRunner.query(`DROP TABLE "working_group"`);
        await queryRunner.query(`DROP TYPE "public"."working_group_kind"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_56c68a4e2bc210502967948326"`);
        await queryRunner.query(`DROP TABLE "city_theme"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_capability_domain_level"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_5695536a985d588b2248d6413b"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_4c690af649616ee4b148749cff"`);
        await queryRunner.query(`DROP TABLE "capability"`);
        await queryRunner.query(`DROP TABLE "technology"`);
        await queryRunner.query(`DROP TABLE "domain"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_f87d3c9216522c38d3423e4fd1"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_cbffac45fb2be43d1d1aa25319"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ca1deb54da8ee68557b6087b7a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_734bed388e5fbc0f81c9c8ad5a"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_6adcbca2fe346f3f07750f4a40"`);
        await queryRunner.query(`DROP TABLE "organization"`);
        await queryRunner.query(`DROP TYPE "public"."profile_visibility"`);
        await queryRunner.query(`DROP TYPE "public"."membership_status"`);
        await queryRunner.query(`DROP TYPE "public"."organization_kind"`);
        await queryRunner.query(`DROP TABLE "industry"`);
        await queryRunner.query(`DROP TABLE "pilot_city"`);
        await queryRunner.query(`DROP TYPE "public"."region"`);
    }

}
