// Result → value or thrown ApiError, the shape react-query expects.
import type { ChannelName, Request, Response } from '../../../shared/contract';
import type { ErrorCode, FieldIssue } from '../../../shared/result';
import { invoke } from './invoke';

export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export async function call<C extends ChannelName>(channel: C, request: Request<C>): Promise<Response<C>> {
  const result = await invoke(channel, request);
  if (result.ok) return result.value;
  throw new ApiError(result.code, result.message, result.issues);
}

/** Field issues by dotted path (first message wins), for errors shown beside a field. */
export function issuesByPath(error: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (error instanceof ApiError) {
    for (const issue of error.issues) out[issue.path] ??= issue.message;
  }
  return out;
}

export const errorMessage = (error: unknown): string =>
  error instanceof Error ? error.message : 'Something went wrong. Please try again.';
