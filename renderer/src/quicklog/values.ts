// The quick log's form values, their draft shape, and the create request they become.
import { z } from 'zod';
import { CHANNELS } from '../../../shared/domain';
import type { MessageId } from '../../../shared/i18n/catalog';
import type { IncidentCreate } from '../../../shared/schemas/incident';
import { fromLocalInput, toLocalInput } from '../lib/dates';

export const DRAFT_KEY = 'quick-log';

/** The form's own messages are ids, said in the shop's language where the form shows them (QuickLogForm.tsx). */
const MESSAGES: readonly string[] = ['quicklog.error.whatHappened', 'quicklog.error.occurredAt', 'quicklog.error.email'] satisfies MessageId[];
export const isOwnMessage = (message: unknown): message is MessageId => typeof message === 'string' && MESSAGES.includes(message);

export const QuickLogValues = z.object({
  whatHappened: z.string().trim().min(1, 'quicklog.error.whatHappened').max(10_000),
  occurredAt: z.string().refine((s) => fromLocalInput(s) !== null, 'quicklog.error.occurredAt'),
  channel: z.enum(CHANNELS),
  severity: z.enum(['1', '2', '3', '4']),
  categoryId: z.string(),
  handledById: z.string(),
  teamLeadPresent: z.enum(['', 'yes', 'no']),
  customerName: z.string().max(200),
  customerPhone: z.string().max(50),
  customerEmail: z
    .string()
    .trim()
    .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'quicklog.error.email'),
});
export type QuickLogValues = z.input<typeof QuickLogValues>;

export const blankValues = (now = new Date()): QuickLogValues => ({
  whatHappened: '',
  occurredAt: toLocalInput(now),
  channel: 'in_person',
  severity: '1',
  categoryId: '',
  handledById: '',
  teamLeadPresent: '',
  customerName: '',
  customerPhone: '',
  customerEmail: '',
});

/** A stored draft back into values; anything unreadable falls back to the blank default. */
export function valuesFromDraft(draft: Record<string, unknown> | null): QuickLogValues | null {
  if (!draft) return null;
  const merged = { ...blankValues(), ...draft };
  const parsed = QuickLogValues.partial().safeParse(merged);
  if (!parsed.success) return null;
  return { ...blankValues(), ...parsed.data };
}

export const hasContent = (v: QuickLogValues | null): boolean =>
  !!v && [v.whatHappened, v.customerName, v.customerPhone, v.customerEmail].some((s) => s.trim() !== '');

const idOrNull = (s: string) => (s === '' ? null : Number(s));

export function toCreateRequest(v: QuickLogValues): IncidentCreate {
  const customer = { name: v.customerName, phone: v.customerPhone, email: v.customerEmail.trim() };
  const anonymous = Object.values(customer).every((s) => s.trim() === '');
  return {
    whatHappened: v.whatHappened,
    occurredAt: fromLocalInput(v.occurredAt) ?? new Date().toISOString(),
    channel: v.channel,
    severity: Number(v.severity) as 1 | 2 | 3 | 4,
    categoryId: idOrNull(v.categoryId),
    handledById: idOrNull(v.handledById),
    teamLeadPresent: v.teamLeadPresent === '' ? null : v.teamLeadPresent === 'yes',
    customer: anonymous ? null : customer,
  };
}

/** Server field paths → form field names, so its messages land beside the right field. */
export const serverPathToField: Record<string, keyof QuickLogValues> = {
  whatHappened: 'whatHappened',
  occurredAt: 'occurredAt',
  channel: 'channel',
  severity: 'severity',
  categoryId: 'categoryId',
  handledById: 'handledById',
  'customer.name': 'customerName',
  'customer.phone': 'customerPhone',
  'customer.email': 'customerEmail',
};
