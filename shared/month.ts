// A calendar month as the contract, the CLI and the report's address write it: 2026-10.
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

/** A month a person may ask for: in the years 1900 to 2999 (schemas/common.ts says why). */
export const isMonth = (s: string | null | undefined): s is string => !!s && MONTH_PATTERN.test(s) && s >= '1900-01' && s <= '2999-12';
