// A calendar month as the contract, the CLI and the report's address write it: 2026-10.
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (s: string | null | undefined): s is string => !!s && MONTH_PATTERN.test(s);
