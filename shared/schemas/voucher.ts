// Vouchers that come back (docs/domain.md, "Vouchers"): found and redeemed by code, printed as a slip.
import { z } from 'zod';
import { LANGUAGES } from '../i18n/languages';
import { say } from '../i18n/say';
import { Id, Instant } from './common';
import { SlipPaper } from './settings';

export const VOUCHER_STATUSES = ['valid', 'redeemed', 'expired', 'removed'] as const;
export const VoucherStatus = z.enum(VOUCHER_STATUSES);
export type VoucherStatus = z.infer<typeof VoucherStatus>;

/** A code as a person types it: read forgivingly (shared/voucherCode.ts). */
export const VoucherCodeRequest = z.strictObject({
  code: z
    .string({ error: () => say('check.voucher.typeCode') })
    .trim()
    .min(1, { error: () => say('check.voucher.typeCode') })
    .max(40, { error: () => say('check.voucher.codeTooLong') }),
});

export const Voucher = z.object({
  /** The compensation entry. */
  id: Id,
  incidentId: Id,
  incidentRef: z.string(),
  code: z.string(),
  description: z.string(),
  cost: z.number().int().min(0),
  givenAt: Instant,
  expiresAt: Instant.nullable(),
  redeemedAt: Instant.nullable(),
  status: VoucherStatus,
});
export type Voucher = z.infer<typeof Voucher>;

/** docs/domain.md's vouchers_given and vouchers_redeemed over a period of local days. */
export const VoucherCounts = z.object({ given: z.number().int().min(0), redeemed: z.number().int().min(0) });
export type VoucherCounts = z.infer<typeof VoucherCounts>;

/** A code looked up: the voucher if there is one, and what it means in one sentence either way. */
export const VoucherFound = z.object({ voucher: Voucher.nullable(), sentence: z.string() });
export type VoucherFound = z.infer<typeof VoucherFound>;

/** What a slip prints: nothing that names staff (the description has their names taken out). */
export const VoucherSlip = z.object({
  businessName: z.string(),
  locale: z.string(),
  /** The shop's language: the slip's own words are printed in it (the apology is the shop's text, as typed). */
  language: z.enum(LANGUAGES),
  paper: SlipPaper,
  code: z.string(),
  /** The item given, as described; '' when the description says nothing but names. */
  item: z.string(),
  /** The amount in the shop's currency, '' when it cost nothing. */
  value: z.string(),
  expiresAt: Instant.nullable(),
  apology: z.string(),
});
export type VoucherSlip = z.infer<typeof VoucherSlip>;

/** Printing a slip: Electron prints it to the remembered printer; browser mode opens the print page. */
export const VoucherPrintRequest = z.strictObject({
  /** The voucher; absent: only choose (`choose`) or remember (`deviceName`) the printer, from Settings. */
  id: Id.optional(),
  /** The printer to use and remember on this computer; absent: the one remembered. */
  deviceName: z.string().min(1).max(200).optional(),
  /** Only list the printers, to choose another (Change printer); nothing is printed. */
  choose: z.boolean().optional(),
}).refine((r) => r.id !== undefined || r.choose === true || r.deviceName !== undefined, { error: () => say('check.voucher.whichToPrint'), path: ['id'] });
export type VoucherPrintRequest = z.infer<typeof VoucherPrintRequest>;
export const VoucherPrinted = z.object({
  /** True when the host sent it to a printer; false: open `pageUrl` to print (browser mode), or choose a printer. */
  printed: z.boolean(),
  deviceName: z.string().nullable(),
  /** Printers the computer has, when one must be chosen (none remembered yet, or `choose`); [] otherwise. */
  printers: z.array(z.object({ name: z.string(), displayName: z.string(), isDefault: z.boolean() })),
});
export type VoucherPrinted = z.infer<typeof VoucherPrinted>;
