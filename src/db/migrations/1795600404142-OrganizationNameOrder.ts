import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * The default organisation order (Korean name, then id) as an index: a first page of a filtered
 * list walks it and stops after `first` matches instead of sorting them all (EXPLAIN ANALYZE on
 * 10,000 members: W1 of the HTTP benchmark went from a sort of ~4,000 rows to an index walk of ~100).
 */
export class OrganizationNameOrder1795600404142 implements MigrationInterface {
    name = 'OrganizationNameOrder1795600404142'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE INDEX "IDX_organization_name_ko_id" ON "organization"  ("name_ko", "id") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "public"."IDX_organization_name_ko_id"`);
    }

}
