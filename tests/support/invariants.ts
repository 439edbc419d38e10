// What every call must do with a bad payload, whatever the transport: answer (never throw or
// crash), and when it refuses, refuse clearly and leave the database exactly as it was.
import { expect } from 'vitest';
import { ERROR_CODES } from '../../shared/result';
import type { Db } from '../../electron/main/core/db/open';
import { checksum, changeMark, currentChecksum } from './checksum';

export interface Answer {
  ok: boolean;
  code?: string;
  message?: string;
}

/** A result a person can read: a value, or a known code (never INTERNAL: that is a crash inside a handler) and a sentence. */
export function expectReadableResult(result: unknown, where: string): Answer {
  expect(result, `${where}: the answer is an object`).toBeTypeOf('object');
  expect(result, `${where}: the answer is an object`).not.toBeNull();
  const r = result as Answer;
  expect(typeof r.ok, `${where}: the answer says ok or not`).toBe('boolean');
  if (!r.ok) {
    expect(ERROR_CODES as readonly (string | undefined)[], `${where}: a known error code, got ${r.code}`).toContain(r.code);
    expect(r.code, `${where}: INTERNAL means a handler crashed: ${r.message}`).not.toBe('INTERNAL');
    expect(typeof r.message === 'string' && r.message.trim().length > 0, `${where}: a message to read`).toBe(true);
  }
  return r;
}

/**
 * Runs one call and checks the invariant: an answer, never an exception; on a refusal, every
 * table's rows (and the schema) unchanged.
 */
export async function expectCleanCall(db: Db, where: string, call: () => Promise<unknown>): Promise<Answer> {
  const before = currentChecksum(db);
  let result: unknown;
  try {
    result = await call();
  } catch (error) {
    throw new Error(`${where} threw instead of answering: ${error instanceof Error ? error.stack : String(error)}`, { cause: error });
  }
  const answer = expectReadableResult(result, where);
  // An unmoved change mark proves nothing was written; a moved one (a rolled-back write) is checked row by row.
  if (!answer.ok && changeMark(db) !== before.mark) {
    expect(checksum(db), `${where} refused (${answer.code}: ${answer.message}) but wrote to the database`).toEqual(before.sum);
  }
  return answer;
}

/** Nothing a payload carried reached Object.prototype. */
export function expectUnpollutedPrototypes() {
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(PRISTINE_OBJECT_PROTOTYPE);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
}
const PRISTINE_OBJECT_PROTOTYPE = Object.getOwnPropertyNames(Object.prototype).sort();
