import { z } from 'zod';
import { CAUSE_GROUPS } from '../domain';
import type { MessageId } from '../i18n/catalog';
import { LANGUAGES } from '../i18n/languages';
import { say } from '../i18n/say';
import { Id, isPlainText, Money, requiredText, tooLong, untypableMessage } from './common';

let currencies: Set<string> | undefined;
const isCurrency = (c: string) => (currencies ??= new Set(Intl.supportedValuesOf('currency'))).has(c);
const isLocale = (l: string) => {
  try {
    return Intl.getCanonicalLocales(l).length === 1;
  } catch {
    return false;
  }
};

/** Paper for a voucher slip: an 80 mm thermal receipt roll, A6, or a quarter of a Letter sheet. */
export const SLIP_PAPERS = ['receipt80', 'a6', 'quarterLetter'] as const;
export const SlipPaper = z.enum(SLIP_PAPERS, { error: () => say('check.oneOf', { label: say('check.field.slipPaper'), list: SLIP_PAPERS.join(', ') }) });
export type SlipPaper = z.infer<typeof SlipPaper>;
export const DEFAULT_VOUCHER_APOLOGY = 'We are sorry we let you down. Please accept this with our apologies.';
/**
 * The message staff copy to follow up. Placeholders: {first_name}, {shop}, {what_happened},
 * {what_we_did}. None names staff (docs/domain.md, "Follow-up reminders").
 */
export const DEFAULT_FOLLOW_UP_TEMPLATE =
  'Hi {first_name}, this is {shop}. We wanted to check in after {what_happened}. We {what_we_did}. Is everything right now? Thank you for giving us the chance to put it right.';

export const Settings = z.object({
  businessName: z.string().max(120),
  currency: z.string().refine(isCurrency, { error: () => say('check.currency.stored') }),
  locale: z.string().refine(isLocale, { error: () => say('check.locale.stored') }),
  theme: z.enum(['auto', 'light', 'dark']),
  /** What the screens, the PDF and the CLI say (issue 18); a file from before it existed was English. */
  language: z.enum(LANGUAGES).catch('en'),
  // Closing the loop (docs/domain.md, "Vouchers" and "Follow-up reminders"): the shop words these
  // once; a file from before they existed reads the defaults.
  voucherApology: z.string().max(200).default(DEFAULT_VOUCHER_APOLOGY),
  /** Days a voucher stays valid from when it is given; null: no expiry date is printed or checked. */
  voucherValidDays: z.number().int().min(1).max(3650).nullable().default(null),
  slipPaper: SlipPaper.default('receipt80'),
  followUpTemplate: z.string().max(1000).default(DEFAULT_FOLLOW_UP_TEMPLATE),
});
export type Settings = z.infer<typeof Settings>;
/** Text a setting may hold empty: trimmed, at most `max` characters, no control characters. */
const settingText = (label: MessageId, max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: () => tooLong(label, max) })
    .refine(isPlainText, { error: () => untypableMessage(label) });

export const SettingsUpdate = z.strictObject({
  businessName: settingText('check.field.businessName', 120).optional(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrency, { error: () => say('check.currency') })
    .optional(),
  locale: z.string().trim().refine(isLocale, { error: () => say('check.locale') }).optional(),
  theme: z.enum(['auto', 'light', 'dark']).optional(),
  language: z.enum(LANGUAGES, { error: () => say('check.oneOf', { label: say('check.field.language'), list: LANGUAGES.join(', ') }) }).optional(),
  voucherApology: settingText('check.field.apology', 200).optional(),
  voucherValidDays: z
    .number({ error: () => say('check.daysValid.whole') })
    .int({ error: () => say('check.daysValid.whole') })
    .min(1, { error: () => say('check.daysValid.min') })
    .max(3650, { error: () => say('check.daysValid.max') })
    .nullable()
    .optional(),
  slipPaper: SlipPaper.optional(),
  followUpTemplate: settingText('check.field.followUpMessage', 1000).optional(),
});

/** Whether a data file still opens on the first-run set-up, and when it was finished or skipped. */
export const SetupStatus = z.object({ needed: z.boolean(), doneAt: z.string().nullable() });
export type SetupStatus = z.infer<typeof SetupStatus>;

export const StaffMember = z.object({
  id: Id,
  name: z.string(),
  role: z.string(),
  active: z.boolean(),
  monthlyAllowance: Money,
});
export type StaffMember = z.infer<typeof StaffMember>;
export const StaffCreate = z.strictObject({
  name: requiredText('check.field.name', 80),
  role: settingText('check.field.role', 80).default(''),
  monthlyAllowance: Money.default(0),
});
export const StaffUpdate = z.strictObject({
  id: Id,
  name: requiredText('check.field.name', 80).optional(),
  role: settingText('check.field.role', 80).optional(),
  active: z.boolean().optional(),
  monthlyAllowance: Money.optional(),
});

export const Category = z.object({ id: Id, name: z.string(), active: z.boolean() });
export type Category = z.infer<typeof Category>;
export const CategoryCreate = z.strictObject({ name: requiredText('check.field.categoryName', 80) });
export const CategoryUpdate = z.strictObject({
  id: Id,
  name: requiredText('check.field.categoryName', 80).optional(),
  active: z.boolean().optional(),
});

export const CauseGroup = z.enum(CAUSE_GROUPS, { error: () => say('check.oneOf', { label: say('check.field.group'), list: CAUSE_GROUPS.join(', ') }) });
export const RootCause = z.object({ id: Id, name: z.string(), group: CauseGroup, active: z.boolean() });
export type RootCause = z.infer<typeof RootCause>;
export const RootCauseCreate = z.strictObject({ name: requiredText('check.field.rootCause', 120), group: CauseGroup });
export const RootCauseUpdate = z.strictObject({
  id: Id,
  name: requiredText('check.field.rootCause', 120).optional(),
  group: CauseGroup.optional(),
  active: z.boolean().optional(),
});
