import type { Wording } from './language';
import { badUserInput } from './user-error';

/**
 * Relay global ids: base64url("Type:localId"). Opaque to clients, so the key scheme can change
 * without breaking them.
 */
export function toGlobalId(type: string, id: number): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

export interface DecodedGlobalId {
  type: string;
  id: number;
}

/** Decodes a global id, or answers null when it is not one of ours. */
export function fromGlobalId(globalId: string): DecodedGlobalId | null {
  if (globalId.length === 0 || globalId.length > 200 || !/^[A-Za-z0-9_-]+={0,2}$/.test(globalId)) return null;
  const match = /^([A-Z][A-Za-z]*):([1-9][0-9]{0,9})$/.exec(Buffer.from(globalId, 'base64url').toString('utf8'));
  if (!match) return null;
  const id = Number(match[2]);
  return id <= 2_147_483_647 ? { type: match[1], id } : null;
}

/** The local id of a global id that must be of `type`; anything else is the caller's mistake. */
export function parseGlobalId(globalId: string, type: string, argument: string): number {
  const decoded = fromGlobalId(globalId);
  if (!decoded || decoded.type !== type) {
    throw badUserInput(invalidId(argument, type, globalId), argument);
  }
  return decoded.id;
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}

/** What is wrong with a malformed (or other-type) global id, in both languages; `name` is the argument or input field. */
export function invalidId(name: string, type: string, globalId: string): Wording {
  const shown = truncate(globalId);
  return { en: `${name} is not a valid ${type} id: '${shown}'.`, ko: `${name} 값이 올바른 ${type} id가 아닙니다: '${shown}'.` };
}
