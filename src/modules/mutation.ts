import { validate } from 'class-validator';
import { isDatabaseUnavailable } from '../db/database-unavailable';
import { RowLockError } from '../db/row-lock';
import { ErrorCode, serviceUnavailable, unavailableOr, WriteOutcome } from '../graphql/errors';
import { subjectParticle, topicParticle } from '../graphql/language';
import { conflict, notFound, UserFacingError, type CodedUserError } from '../graphql/user-error';
import { validationProblems } from '../graphql/validation-messages';
import { CLIENT_MUTATION_TTL_HOURS, hashInput, type IdempotencyKey } from './idempotency/client-mutation.store';
import type { Context } from './context';
import { KeyTaken, rebuildWritten, Write } from './write';

/** What every mutation payload has: the changed object (null on failure) and the expected failures. */
export interface Payload {
  userErrors: CodedUserError[];
}

export interface MutationSpec<P extends Payload, T> {
  /** The payload's fields on failure (all null). */
  empty: Omit<P, 'userErrors'>;
  /** Does the write: calls the service, which runs its transaction through `write`; returns what the service wrote. */
  perform: (write: Write) => Promise<T>;
  /** The payload from what was written, without reading the database (the rows' fields were read inside the transaction). */
  payload: (written: T) => Omit<P, 'userErrors'> | Promise<Omit<P, 'userErrors'>>;
  /**
   * Create mutations: the mutation's name, to honour the input's optional `clientMutationId`
   * (a retry with the same key answers the first result and writes nothing).
   */
  idempotent?: string;
}

/**
 * The usual payload: the one object the mutation changed, under `key` (null on failure):
 * `runMutation(ctx, input, { ...returns('consortium'), perform })`.
 */
export function returns<K extends string>(key: K): { empty: Record<K, null>; payload: <T>(written: T) => Record<K, T> } {
  return {
    empty: { [key]: null } as Record<K, null>,
    payload: (written) => ({ [key]: written }) as Record<K, typeof written>,
  };
}

/**
 * Runs one mutation the docs/api.md way: validates `input` with its class-validator decorators
 * (arguments are declared `validate: false` so failures land here, not as top-level errors), then
 * performs the write; a UserFacingError becomes a `userErrors` entry. Authorization errors and
 * unexpected failures propagate as GraphQL errors; an unavailable database becomes
 * SERVICE_UNAVAILABLE saying whether anything was written (src/modules/write.ts knows).
 */
export async function runMutation<P extends Payload, T>(ctx: Context, input: object, spec: MutationSpec<P, T>): Promise<P> {
  const failed = (userErrors: CodedUserError[]) => ({ ...spec.empty, userErrors }) as unknown as P;
  const problems = await validate(input, { forbidUnknownValues: false });
  if (problems.length > 0) {
    return failed(validationProblems(problems, ['input'], ctx.lang).map((p) => ({ field: p.path, message: p.message, code: ErrorCode.BAD_USER_INPUT })));
  }
  const key = spec.idempotent ? idempotencyKey(ctx, spec.idempotent, input) : null;
  let write: Write | undefined;
  try {
    if (key) {
      const replayed = await replay<P, T>(ctx, key, spec);
      if (replayed) return replayed;
    }
    write = new Write(ctx.viewer, ctx.loaders, key);
    const written = await spec.perform(write);
    return { ...(await spec.payload(written)), userErrors: [] } as unknown as P;
  } catch (error) {
    const expected = userFacing(error);
    if (expected) return failed([expected.toUserError(ctx.lang)]);
    // A concurrent request with the same key wrote first: answer its result.
    if (error instanceof KeyTaken && key) {
      ctx.loaders.clientMutationByKey.clear(key.clientMutationId);
      try {
        const replayed = await replay<P, T>(ctx, key, spec);
        if (replayed) return replayed;
      } catch (again) {
        const expectedAgain = userFacing(again);
        if (expectedAgain) return failed([expectedAgain.toUserError(ctx.lang)]);
        throw unavailableOr(again, WriteOutcome.NOT_WRITTEN);
      }
    }
    if (isDatabaseUnavailable(error)) {
      const state = write?.state ?? 'NONE';
      if (state === 'COMMITTED') throw serviceUnavailable();
      throw serviceUnavailable(state === 'UNKNOWN' ? WriteOutcome.UNKNOWN : WriteOutcome.NOT_WRITTEN, { idempotencyKey: key !== null });
    }
    throw error;
  }
}

/** An expected failure, as the `userErrors` entry it becomes; the database layer's row-lock errors included. */
function userFacing(error: unknown): UserFacingError | null {
  if (error instanceof UserFacingError) return error;
  if (error instanceof RowLockError) return rowLockUserError(error);
  return null;
}

/** A row that could not be locked, worded in both languages from what the database layer knows of it. */
function rowLockUserError({ reason, message, field, facts }: RowLockError): UserFacingError {
  const { ko } = facts.label;
  if (reason === 'NOT_FOUND') return notFound({ en: message, ko: `이 id의 ${ko}${subjectParticle(ko)} 없습니다.` }, field);
  return conflict(
    {
      en: message,
      ko: `${ko}${topicParticle(ko)} 읽은 뒤에 바뀌었습니다(읽은 버전 ${facts.expected}, 지금 ${facts.current}). 다시 읽고 시도하십시오.`,
    },
    field,
  );
}

function idempotencyKey(ctx: Context, mutation: string, input: object): IdempotencyKey | null {
  const clientMutationId = (input as { clientMutationId?: string | null }).clientMutationId;
  // Keys are per account; create mutations are for signed-in accounts (@Authorized ran already).
  if (clientMutationId == null || !ctx.viewer) return null;
  return { accountId: ctx.viewer.accountId, clientMutationId, mutation, inputHash: hashInput(input) };
}

/** The first result of an earlier write with this key, or undefined when there was none; CONFLICT when the key was used for something else. */
async function replay<P extends Payload, T>(ctx: Context, key: IdempotencyKey, spec: MutationSpec<P, T>): Promise<P | undefined> {
  const seen = await ctx.loaders.clientMutationByKey.load(key.clientMutationId);
  if (!seen) return undefined;
  if (seen.mutation !== key.mutation || seen.inputHash !== key.inputHash) {
    const same = seen.mutation === key.mutation;
    throw conflict(
      {
        en:
          `This clientMutationId was already used for ${same ? 'another input' : `another mutation (${seen.mutation})`} ` +
          `within the last ${CLIENT_MUTATION_TTL_HOURS} hours; use a new key for a new change.`,
        ko:
          `이 clientMutationId는 최근 ${CLIENT_MUTATION_TTL_HOURS}시간 안에 ${same ? '다른 입력' : `다른 변경(${seen.mutation})`}에 쓰였습니다. ` +
          '새 변경에는 새 키를 쓰십시오.',
      },
      ['input', 'clientMutationId'],
    );
  }
  const written = (await rebuildWritten(ctx.loaders, seen.result)) as T;
  return { ...(await spec.payload(written)), userErrors: [] } as unknown as P;
}
