// What crosses every transport: a value, or an error a person can read.
import type { MessageId } from './i18n/catalog';
import { say } from './i18n/say';

export const ERROR_CODES = [
  'BAD_REQUEST',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  /** The shared database could not be reached (the server stopped, the network dropped): try again. */
  'UNAVAILABLE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface FieldIssue {
  /** Dotted path of the field, e.g. `customer.email`. */
  path: string;
  message: string;
}

export type Result<T> =
  | { ok: true; value: T }
  | { ok: false; code: ErrorCode; message: string; issues?: FieldIssue[] };

/** An error the user can cause: it carries a sentence for them and a code for the code. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: FieldIssue[],
  ) {
    super(message);
    this.name = 'AppError';
  }
}

/** "X was not found.", one whole sentence per kind of record, so each language can say it its own way. */
const NOT_FOUND = {
  incident: 'records.notFound.incident',
  compensation: 'records.notFound.compensation',
  category: 'records.notFound.category',
  rootCause: 'records.notFound.rootCause',
  staffMember: 'records.notFound.staffMember',
  lesson: 'records.notFound.lesson',
  voucher: 'records.notFound.voucher',
  // A record the person picked on a screen, not named by its id.
  customer: 'records.notFound.customer',
  theIncident: 'records.notFound.theIncident',
} as const satisfies Record<string, MessageId>;
type Picked = 'customer' | 'theIncident';

export function notFound(what: Exclude<keyof typeof NOT_FOUND, Picked>, id: number): AppError;
export function notFound(what: Picked): AppError;
export function notFound(what: keyof typeof NOT_FOUND, id?: number): AppError {
  return new AppError('NOT_FOUND', say(NOT_FOUND[what], id === undefined ? undefined : { id: String(id) }));
}

export const conflict = (message: string) => new AppError('CONFLICT', message);
export const badRequest = (message: string, issues?: FieldIssue[]) =>
  new AppError('BAD_REQUEST', message, issues);
