import { createHash } from 'node:crypto';
import DataLoader from 'dataloader';
import type { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../accounts/viewer';
import { ClientMutation } from './client-mutation.entity';

/** How long a clientMutationId is remembered: a client retries within minutes, a day leaves room for long outages. */
export const CLIENT_MUTATION_TTL_HOURS = 24;
const TTL = `interval '${CLIENT_MUTATION_TTL_HOURS} hours'`;
/** Expired rows removed per keyed write: bounded, so no write pays for a backlog. */
const PURGE_BATCH = 100;

/** One keyed create: whose, which key, which mutation, and a hash of what it was asked. */
export interface IdempotencyKey {
  accountId: number;
  clientMutationId: string;
  mutation: string;
  inputHash: string;
}

/** SHA-256 of the mutation's input as canonical JSON (keys sorted, the key itself left out). */
export function hashInput(input: object): string {
  return createHash('sha256').update(canonicalJson(input)).digest('hex');
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([key, v]) => v !== undefined && key !== 'clientMutationId')
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, v]) => `${JSON.stringify(key)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** The viewer's unexpired recorded mutation by key, per request (batched like every read). */
export function createClientMutationLoaders(dataSource: DataSource, viewer: Viewer | null = null) {
  return {
    clientMutationByKey: new DataLoader<string, ClientMutation | null>(async (keys) => {
      if (!viewer) return keys.map(() => null);
      const rows = await dataSource
        .getRepository(ClientMutation)
        .createQueryBuilder('m')
        .where('m.account_id = :accountId AND m.client_mutation_id IN (:...keys)', { accountId: viewer.accountId, keys: [...keys] })
        .andWhere(`m.created_at > now() - ${TTL}`)
        .getMany();
      return keys.map((key) => rows.find((row) => row.clientMutationId === key) ?? null);
    }),
  };
}

/**
 * Takes the key for this transaction, first thing in it: the unique index makes a concurrent
 * transaction with the same key wait here until this one ends, then find the key taken (false),
 * so a key is written at most once. An expired row under the same key is replaced.
 */
export async function claimKey(em: EntityManager, key: IdempotencyKey): Promise<boolean> {
  await em.query(
    `DELETE FROM client_mutation WHERE id IN (
       SELECT id FROM client_mutation WHERE created_at <= now() - ${TTL} ORDER BY created_at LIMIT ${PURGE_BATCH} FOR UPDATE SKIP LOCKED)`,
  );
  await em.query(`DELETE FROM client_mutation WHERE account_id = $1 AND client_mutation_id = $2 AND created_at <= now() - ${TTL}`, [
    key.accountId,
    key.clientMutationId,
  ]);
  const claimed: unknown[] = await em.query(
    `INSERT INTO client_mutation (account_id, client_mutation_id, mutation, input_hash) VALUES ($1, $2, $3, $4)
     ON CONFLICT ON CONSTRAINT "UQ_client_mutation_key" DO NOTHING RETURNING id`,
    [key.accountId, key.clientMutationId, key.mutation, key.inputHash],
  );
  return claimed.length > 0;
}

/** Stores what the write returned, in the write's transaction, for retries to answer with. */
export async function recordResult(em: EntityManager, key: IdempotencyKey, result: unknown): Promise<void> {
  await em.query('UPDATE client_mutation SET result = $3 WHERE account_id = $1 AND client_mutation_id = $2', [
    key.accountId,
    key.clientMutationId,
    JSON.stringify(result),
  ]);
}
