import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys of create mutations (`clientMutationId`), one per account and key, recorded in
 * the write's own transaction. Not counted in data_version: no answer anybody reads comes from it.
 */
export class ClientMutation1795720000000 implements MigrationInterface {
  name = 'ClientMutation1795720000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "client_mutation" ("id" SERIAL NOT NULL, "account_id" integer NOT NULL, "client_mutation_id" character varying(100) NOT NULL, "mutation" character varying(60) NOT NULL, "input_hash" character varying(64) NOT NULL, "result" jsonb, "created_at" TIMESTAMP(3) WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "UQ_client_mutation_key" UNIQUE ("account_id", "client_mutation_id"), CONSTRAINT "PK_client_mutation" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_client_mutation_created_at" ON "client_mutation" ("created_at") `);
    await queryRunner.query(
      `ALTER TABLE "client_mutation" ADD CONSTRAINT "FK_client_mutation_account" FOREIGN KEY ("account_id") REFERENCES "account"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "client_mutation"`);
  }
}
