import { z } from 'zod';
import { CAUSE_GROUPS } from '../domain';
import { Id, isPlainText, Money, requiredText, untypableMessage } from './common';

let currencies: Set<string> | undefined;
const isCurrency = (c: string) => (currencies ??= new Set(Intl.supportedValuesOf('currency'))).has(c);
const isLocale = (l: string) => {
  try {
    return Intl.getCanonicalLocales(l).length === 1;
  } catch {
    return false;
  }
};

export const Settings = z.object({
  businessName: z.string().max(120),
  currency: z.string().refine(isCurrency, 'must be an ISO 4217 currency code such as USD or EUR'),
  locale: z.string().refine(isLocale, 'must be a locale such as en-US or de-DE'),
  theme: z.enum(['auto', 'light', 'dark']),
});
export type Settings = z.infer<typeof Settings>;
export const SettingsUpdate = z.strictObject({
  businessName: z.string().trim().max(120, 'Business name can be at most 120 characters').refine(isPlainText, untypableMessage('Business name')).optional(),
  currency: z
    .string()
    .trim()
    .toUpperCase()
    .refine(isCurrency, 'Currency must be an ISO 4217 code such as USD or EUR')
    .optional(),
  locale: z.string().trim().refine(isLocale, 'Locale must look like en-US or de-DE').optional(),
  theme: z.enum(['auto', 'light', 'dark']).optional(),
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
  name: requiredText('Name', 80),
  role: z.string().trim().max(80, 'Role can be at most 80 characters').refine(isPlainText, untypableMessage('Role')).default(''),
  monthlyAllowance: Money.default(0),
});
export const StaffUpdate = z.strictObject({
  id: Id,
  name: requiredText('Name', 80).optional(),
  role: z.string().trim().max(80, 'Role can be at most 80 characters').refine(isPlainText, untypableMessage('Role')).optional(),
  active: z.boolean().optional(),
  monthlyAllowance: Money.optional(),
});

export const Category = z.object({ id: Id, name: z.string(), active: z.boolean() });
export type Category = z.infer<typeof Category>;
export const CategoryCreate = z.strictObject({ name: requiredText('Category name', 80) });
export const CategoryUpdate = z.strictObject({
  id: Id,
  name: requiredText('Category name', 80).optional(),
  active: z.boolean().optional(),
});

export const CauseGroup = z.enum(CAUSE_GROUPS, { error: `Group must be one of ${CAUSE_GROUPS.join(', ')}` });
export const RootCause = z.object({ id: Id, name: z.string(), group: CauseGroup, active: z.boolean() });
export type RootCause = z.infer<typeof RootCause>;
export const RootCauseCreate = z.strictObject({ name: requiredText('Root cause', 120), group: CauseGroup });
export const RootCauseUpdate = z.strictObject({
  id: Id,
  name: requiredText('Root cause', 120).optional(),
  group: CauseGroup.optional(),
  active: z.boolean().optional(),
});
