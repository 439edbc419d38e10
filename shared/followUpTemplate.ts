// The follow-up message's placeholders, filled the same way for a real incident (in the core) and
// for the preview in Settings: the words Makegood puts in itself are in the shop's language.
import type { CompensationKind } from './domain';
import type { MessageId } from './i18n/catalog';
import { say } from './i18n/say';

/** Each placeholder, and what it becomes in words (shown in Settings). */
export const PLACEHOLDERS = {
  first_name: 'settings.followUp.placeholder.firstName',
  shop: 'settings.followUp.placeholder.shop',
  what_happened: 'settings.followUp.placeholder.whatHappened',
  what_we_did: 'settings.followUp.placeholder.whatWeDid',
} as const satisfies Record<string, MessageId>;
export type Placeholder = keyof typeof PLACEHOLDERS;
export type TemplateValues = Record<Placeholder, string>;

const isPlaceholder = (name: string): name is Placeholder => Object.hasOwn(PLACEHOLDERS, name);
const PATTERN = /\{([a-z_]+)\}/g;

/** Placeholders typed in the template that Makegood does not fill: they are copied as typed, and Settings says so. */
export function unknownPlaceholders(template: string): string[] {
  const found = [...template.matchAll(PATTERN)].map((m) => m[1]!).filter((name) => !isPlaceholder(name));
  return [...new Set(found)];
}

/** The template with each known placeholder replaced by its value; anything else stays as typed. */
export function fillTemplate(template: string, values: TemplateValues): string {
  return template.replace(PATTERN, (whole, name: string) => (isPlaceholder(name) ? values[name] : whole));
}

/** {first_name} when the incident has no customer name: who the message greets ("Hi there"). */
export const noFirstName = () => say('followUpText.noFirstName');
/** {shop} when the shop has no name yet. */
export const noShopName = () => say('followUpText.noShopName');

/** One thing given to the customer; `cost` in minor units. */
export interface Given {
  kind: CompensationKind;
  cost: number;
  code: string | null;
}

/** One thing given, as the customer would say it: what it was worth to them, never what it cost the shop. */
function describe(g: Given, money: (minor: number) => string): string {
  switch (g.kind) {
    case 'refund':
      return say('followUpText.refund', { money: money(g.cost) });
    case 'discount':
      return say('followUpText.discount', { money: money(g.cost) });
    case 'voucher':
      return g.code ? say('followUpText.voucherCode', { money: money(g.cost), code: g.code }) : say('followUpText.voucher', { money: money(g.cost) });
    case 'replacement':
      return say('followUpText.replacement');
    case 'free_item':
      return say('followUpText.freeItem');
    case 'upgrade':
      return say('followUpText.upgrade');
    case 'gift':
      return say('followUpText.gift');
    case 'other':
      return say('followUpText.other');
  }
}

/** "a, b and c": the last two joined by the language's "and". */
const joinAnd = (items: string[]) =>
  items.length <= 1 ? (items[0] ?? '') : say('followUpText.and', { rest: items.slice(0, -1).join(', '), last: items.at(-1)! });

/** {what_we_did}: "gave you a refund of $12.00 and a voucher worth $10.00 (code MGV-7Q2K)". */
export function whatWeDid(given: readonly Given[], money: (minor: number) => string): string {
  return given.length === 0 ? say('followUpText.nothingGiven') : say('followUpText.gaveYou', { things: joinAnd(given.map((g) => describe(g, money))) });
}
