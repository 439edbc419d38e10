import type { z } from 'zod';
import { contract, isChannelName } from '../../../../shared/contract';
import { AppError, type FieldIssue, type Result } from '../../../../shared/result';
import { MAX_DEPTH, nestsDeeperThan } from '../../../../shared/depth';
import { PgError } from '../db/pg/pgDb';
import { fromConstraint } from '../domain/rules';
import { languageOf, say, speaking } from '../i18n/speak';
import type { Handlers } from '../handlers';

const toIssues = (error: z.ZodError): FieldIssue[] =>
  error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }));

/** "whatHappened: What happened is required" — the field first, then what is wrong with it. */
const describe = (issues: FieldIssue[]) =>
  issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ');

/** The core in this thread as a call, the shape every transport and service takes. */
export const callerOf =
  (handlers: Handlers) =>
  (channel: string, payload: unknown): Promise<Result<unknown>> =>
    dispatch(handlers, channel, payload);

/**
 * The one door into the core: validates the request, runs the handler, validates the
 * response. Never throws; a user's mistake comes back as a sentence, a bug as INTERNAL.
 */
export function dispatch(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  return speaking(languageOf(handlers), () => answer(handlers, channel, payload));
}

async function answer(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  try {
    return await run(handlers, channel, payload);
  } catch (error) {
    // Only a bug gets here (run catches what handlers throw); still an answer, never a throw.
    console.error('[dispatch] failed outside a handler', error);
    return { ok: false, code: 'INTERNAL', message: say('errors.internal') };
  }
}

async function run(handlers: Handlers, channel: string, payload: unknown): Promise<Result<unknown>> {
  if (typeof channel !== 'string' || !isChannelName(channel)) {
    return { ok: false, code: 'UNKNOWN_CHANNEL', message: say('errors.unknownChannel', { channel: String(channel).slice(0, 80) }) };
  }
  const spec = contract[channel];
  let parsed: ReturnType<typeof spec.request.safeParse>;
  try {
    if (nestsDeeperThan(payload, MAX_DEPTH)) throw new RangeError('too deep');
    parsed = spec.request.safeParse(payload ?? {});
  } catch {
    // A payload that cannot even be read (too deep, a cycle, a getter that throws) is the caller's mistake.
    return { ok: false, code: 'BAD_REQUEST', message: say('errors.unreadableRequest', { channel }) };
  }
  if (!parsed.success) {
    const issues = toIssues(parsed.error);
    return { ok: false, code: 'BAD_REQUEST', message: describe(issues), issues };
  }
  try {
    const handler = handlers[channel] as (request: unknown) => unknown;
    const value = await handler(parsed.data);
    const checked = spec.response.safeParse(value);
    if (!checked.success) {
      // A response that breaks the contract is our bug, never the user's.
      console.error(`[dispatch] ${channel} returned a response outside the contract`, checked.error.issues);
      return { ok: false, code: 'INTERNAL', message: say('errors.internalIn', { channel }) };
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    if (error instanceof AppError) {
      return { ok: false, code: error.code, message: error.message, ...(error.issues ? { issues: error.issues } : {}) };
    }
    // The server stopped or the network dropped: not a bug, and the next call may well succeed.
    if (error instanceof PgError && error.lost) {
      return { ok: false, code: 'UNAVAILABLE', message: say('errors.unreachable') };
    }
    const rule = fromConstraint(error);
    if (rule) {
      // A key or check the domain did not catch first is worth a line in the log; its own rules are not.
      if (!(error as Error).message.startsWith('makegood:')) console.error(`[dispatch] ${channel} refused by the database`, error);
      return { ok: false, code: rule.code, message: rule.message };
    }
    if (isBusy(error)) {
      return { ok: false, code: 'CONFLICT', message: say('errors.busy') };
    }
    console.error(`[dispatch] ${channel} failed`, error);
    return { ok: false, code: 'INTERNAL', message: say('errors.internalIn', { channel }) };
  }
}

const isBusy = (error: unknown) => (error as { code?: string } | null)?.code === 'SQLITE_BUSY';
