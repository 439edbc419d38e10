// The rules every incident and compensation keeps, whatever writes it (docs/domain.md, "Rules").
// Each is checked here first, so a person gets a sentence naming the field; the database checks
// the same rules again (migration 0008), so no path can get past them.
import { CLOCK_GRACE_MS } from '../../../../shared/domain';
import { type AppError, badRequest, conflict } from '../../../../shared/result';

/** The one place that says how far ahead of now a time may be. */
export const isFuture = (instant: string, now: string) => Date.parse(instant) > Date.parse(now) + CLOCK_GRACE_MS;

/** A compensation given before its incident happened, less the clock grace. */
export const isBeforeIncident = (givenAt: string, occurredAt: string) => Date.parse(givenAt) < Date.parse(occurredAt) - CLOCK_GRACE_MS;

/** A refusal that names the field it is about, so a form shows it beside that field. */
export const fieldError = (path: string, message: string) => badRequest(message, [{ path, message }]);

export function assertNotFuture(field: string, label: string, instant: string, now: string): void {
  if (isFuture(instant, now)) throw fieldError(field, `${label} cannot be in the future.`);
}

/** Diagnosed means a root cause was found: the Diagnose step cannot be done without one. */
export function assertDiagnosable(rootCauseId: number | null): void {
  if (rootCauseId === null) throw conflict('Pick a root cause before marking Diagnose done.');
}

/**
 * A refusal from one of the database's own rules (migration 0008), as the sentence a person reads.
 * The domain checks each rule first, so reaching this means a path the checks missed: still a
 * clean refusal, never a half-written change.
 */
export function fromConstraint(error: unknown): AppError | null {
  const message = (error as { message?: unknown } | null)?.message;
  if (typeof message !== 'string' || !message.startsWith('makegood:')) return null;
  switch (message) {
    case 'makegood:diagnosed_needs_root_cause':
      return conflict('An incident marked diagnosed needs a root cause.');
    case 'makegood:compensation_before_incident':
      return conflict('A compensation cannot be given before the incident happened.');
    default:
      return conflict(`That change breaks one of Makegood's rules (${message.slice('makegood:'.length)}).`);
  }
}
