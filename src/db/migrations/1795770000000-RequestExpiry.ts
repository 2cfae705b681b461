import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Partnership requests expire (issue 15): a request left PENDING for REQUEST_TTL_DAYS becomes
 * EXPIRED. Consortium invitations already had EXPIRED (invitation_status).
 */
export class RequestExpiry1795770000000 implements MigrationInterface {
  name = 'RequestExpiry1795770000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TYPE "public"."partnership_request_status" ADD VALUE 'EXPIRED'`);
  }

  /** PostgreSQL cannot drop an enum value: the type is made again without it, and expired requests read DECLINED. */
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`UPDATE "partnership_request" SET "status" = 'DECLINED' WHERE "status" = 'EXPIRED'`);
    await queryRunner.query(`DROP INDEX "public"."UQ_partnership_request_pending_pair"`);
    await queryRunner.query(`ALTER TABLE "partnership_request" ALTER COLUMN "status" DROP DEFAULT`);
    await queryRunner.query(`CREATE TYPE "public"."partnership_request_status_old" AS ENUM('PENDING', 'ACCEPTED', 'DECLINED', 'WITHDRAWN')`);
    await queryRunner.query(
      `ALTER TABLE "partnership_request" ALTER COLUMN "status" TYPE "public"."partnership_request_status_old" USING "status"::"text"::"public"."partnership_request_status_old"`,
    );
    await queryRunner.query(`DROP TYPE "public"."partnership_request_status"`);
    await queryRunner.query(`ALTER TYPE "public"."partnership_request_status_old" RENAME TO "partnership_request_status"`);
    await queryRunner.query(`ALTER TABLE "partnership_request" ALTER COLUMN "status" SET DEFAULT 'PENDING'`);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "UQ_partnership_request_pending_pair" ON "partnership_request" ("from_organization_id", "to_organization_id") WHERE "status" = 'PENDING'`,
    );
  }
}
