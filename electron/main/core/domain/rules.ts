// The rules every incident and compensation keeps, whatever writes it (docs/domain.md, "Rules").
// Each is checked here first, so a person gets a sentence naming the field; the database checks
// the same rules again (migration 0008), so no path can get past them.
import { CLOCK_GRACE_MS } from '../../../../shared/domain';
import type { MessageId } from '../../../../shared/i18n/catalog';
import { type AppError, badRequest, conflict } from '../../../../shared/result';
import { say } from '../i18n/speak';

/** The one place that says how far ahead of now a time may be. */
export const isFuture = (instant: string, now: string) => Date.parse(instant) > Date.parse(now) + CLOCK_GRACE_MS;

/** A compensation given before its incident happened, less the clock grace. */
export const isBeforeIncident = (givenAt: string, occurredAt: string) => Date.parse(givenAt) < Date.parse(occurredAt) - CLOCK_GRACE_MS;

/** A refusal that names the field it is about, so a form shows it beside that field. */
export const fieldError = (path: string, message: string) => badRequest(message, [{ path, message }]);

/** The sentence for each incident time a person types that cannot be later than now. */
const FUTURE = {
  occurredAt: 'rules.future.occurredAt',
  followedUpAt: 'rules.future.followedUpAt',
} as const satisfies Record<string, MessageId>;

export function assertNotFuture(field: keyof typeof FUTURE, instant: string, now: string): void {
  if (isFuture(instant, now)) throw fieldError(field, say(FUTURE[field]));
}

/** Diagnosed means a root cause was found: the Diagnose step cannot be done without one. */
export function assertDiagnosable(rootCauseId: number | null): void {
  if (rootCauseId === null) throw conflict(say('rules.diagnose.needsRootCause'));
}

/**
 * A refusal the database made, as the sentence a person reads: one of its own rules (migration
 * 0008's triggers), or a key or check. The domain checks each first, so reaching this means a path
 * the checks missed: still a clean refusal, never a half-written change.
 */
export const fromConstraint = (error: unknown): AppError | null => fromRule(error) ?? fromKeyOrCheck(error);

/** A refusal from one of the database's own rules (migration 0008's triggers, the same text on both engines). */
export function fromRule(error: unknown): AppError | null {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string' || !message.startsWith('makegood:')) return null;
  switch (message) {
    case 'makegood:diagnosed_needs_root_cause':
      return conflict(say('rules.db.diagnosedNeedsRootCause'));
    case 'makegood:compensation_before_incident':
      return conflict(say('rules.db.compensationBeforeIncident'));
    default:
      return conflict(say('rules.db.check', { named: 'yes', constraint: message.slice('makegood:'.length) }));
  }
}

// SQLite's extended codes and PostgreSQL's SQLSTATEs for the same four kinds of refusal.
const KINDS: Record<string, 'unique' | 'foreign key' | 'check' | 'not null'> = {
  SQLITE_CONSTRAINT_UNIQUE: 'unique',
  SQLITE_CONSTRAINT_PRIMARYKEY: 'unique',
  SQLITE_CONSTRAINT_FOREIGNKEY: 'foreign key',
  SQLITE_CONSTRAINT_CHECK: 'check',
  SQLITE_CONSTRAINT_NOTNULL: 'not null',
  '23505': 'unique',
  '23503': 'foreign key',
  '23514': 'check',
  '23502': 'not null',
};

/**
 * A key or check the database refused, as a sentence: the same on both engines. The domain checks
 * these first and every write is serialised (db/pg/pgDb.ts), so this is a path the checks missed.
 */
function fromKeyOrCheck(error: unknown): AppError | null {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  const kind = typeof code === 'string' ? KINDS[code] : undefined;
  if (!kind) return null;
  // Each sentence names the constraint in brackets when the database gave its name.
  const which = typeof constraint === 'string' && constraint !== '' ? { named: 'yes', constraint } : { named: 'no', constraint: '' };
  switch (kind) {
    case 'unique':
      return conflict(say('rules.db.unique', which));
    case 'foreign key':
      return conflict(say('rules.db.foreignKey', which));
    case 'check':
      return conflict(say('rules.db.check', which));
    case 'not null':
      return conflict(say('rules.db.notNull', which));
  }
}
