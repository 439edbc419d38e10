/** The HTTP status for each error code of the one error shape (shared/result.ts). */
export const STATUS: Record<string, 200 | 400 | 401 | 404 | 409 | 500 | 503> = {
  BAD_REQUEST: 400,
  UNKNOWN_CHANNEL: 404,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNAUTHORIZED: 401,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};
