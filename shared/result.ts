// What crosses every transport: a value, or an error a person can read.

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

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found.`);
export const conflict = (message: string) => new AppError('CONFLICT', message);
export const badRequest = (message: string, issues?: FieldIssue[]) =>
  new AppError('BAD_REQUEST', message, issues);
