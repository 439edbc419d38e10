import type { CauseGroup, Channel, CompensationKind } from '../../../../shared/domain';
import type { Language } from '../../../../shared/i18n/languages';
import type { DemoPeople } from './people';
import { SAMPLES, type DemoTexts } from './samples';

// Sample material for `makegood demo`: the numbers here (who may give how much, how often each
// cause, compensation and channel comes up, where the lessons stand), the words in samples/, one
// table per language in the same order. The demo picks the same rows in every language, so a
// file that speaks German gets the figures an English one gets, in German.

type CauseKey = keyof DemoTexts['causes'];
type Category = keyof DemoTexts['stories'];

/** A list of `V` as long as the list `T`. */
type Each<T, V> = { readonly [K in keyof T]: V };

/** Each person's monthly allowance in cents, in the samples' staff order. */
const ALLOWANCES: Each<DemoTexts['staff'], number> = [50_000, 25_000, 25_000, 10_000, 10_000, 6_000, 0];

/** What the shop gives to make it right, how often, and what it costs in cents. */
const COMPENSATIONS: { kind: keyof DemoTexts['compensations'] & CompensationKind; min: number; max: number; weight: number }[] = [
  { kind: 'free_item', min: 300, max: 800, weight: 25 },
  { kind: 'replacement', min: 400, max: 1500, weight: 22 },
  { kind: 'refund', min: 300, max: 2500, weight: 18 },
  { kind: 'discount', min: 100, max: 600, weight: 15 },
  { kind: 'voucher', min: 500, max: 2000, weight: 12 },
  { kind: 'upgrade', min: 0, max: 300, weight: 5 },
  { kind: 'gift', min: 500, max: 1500, weight: 3 },
];

export interface DemoCause {
  name: string;
  group: CauseGroup;
  /** Relative frequency: a few causes carry most incidents, as in any real shop. */
  weight: number;
  /** Extra weight in the last 30 days: a cause that is getting worse. */
  recentBoost?: number;
  /** The seeds' English names, which the file's own language maps (shared/i18n/seeds.ts). */
  categories: Category[];
}

const CAUSES: (Omit<DemoCause, 'name'> & { key: CauseKey })[] = [
  { key: 'peakStaffing', group: 'People', weight: 22, recentBoost: 9, categories: ['Wait or delay', 'Wrong order'] },
  { key: 'noCheck', group: 'Process', weight: 16, categories: ['Wrong order', 'Product quality'] },
  { key: 'machineCare', group: 'Equipment', weight: 10, categories: ['Product quality', 'Wait or delay'] },
  { key: 'lateDelivery', group: 'Supplies', weight: 8, categories: ['Out of stock'] },
  { key: 'onlineOrders', group: 'Communication', weight: 8, categories: ['Wrong order', 'Wait or delay', 'Booking'] },
  { key: 'cardReader', group: 'Equipment', weight: 7, categories: ['Billing', 'Wait or delay'] },
  { key: 'tillTraining', group: 'People', weight: 6, categories: ['Billing', 'Staff manner'] },
  { key: 'paperBookings', group: 'Process', weight: 6, categories: ['Booking'] },
  { key: 'cleaningRota', group: 'Process', weight: 5, categories: ['Cleanliness'] },
  { key: 'missingInfo', group: 'Communication', weight: 4, categories: ['Product quality', 'Communication'] },
  { key: 'queue', group: 'Place', weight: 4, categories: ['Wait or delay'] },
  { key: 'refundPolicy', group: 'Policy', weight: 4, categories: ['Billing', 'Communication'] },
];

export const CHANNEL_WEIGHTS: { weight: number; value: Channel }[] = [
  { weight: 62, value: 'in_person' },
  { weight: 12, value: 'phone' },
  { weight: 8, value: 'email' },
  { weight: 9, value: 'web' },
  { weight: 6, value: 'social' },
  { weight: 1, value: 'mail' },
  { weight: 2, value: 'other' },
];

export interface DemoLesson {
  title: string;
  whatWeLearned: string;
  change: string;
  /** The cause's name. */
  cause: string;
  /** Index into the staff. */
  owner: number;
  status: 'proposed' | 'in_progress' | 'done' | 'dropped';
  doneDaysAgo?: number;
  dueInDays?: number;
  /** How the cause's frequency changes once the lesson is done (1: no change). */
  effect?: number;
}

const LESSONS: (Omit<DemoLesson, 'title' | 'whatWeLearned' | 'change' | 'cause'> & { cause: keyof DemoTexts['lessons'] })[] = [
  { cause: 'machineCare', owner: 2, status: 'done', doneDaysAgo: 150, effect: 0.3 },
  { cause: 'cardReader', owner: 0, status: 'done', doneDaysAgo: 210, effect: 0.4 },
  { cause: 'lateDelivery', owner: 0, status: 'done', doneDaysAgo: 60, effect: 1 },
  { cause: 'onlineOrders', owner: 2, status: 'done', doneDaysAgo: 12, effect: 0.5 },
  { cause: 'noCheck', owner: 1, status: 'in_progress', dueInDays: 10 },
  { cause: 'peakStaffing', owner: 0, status: 'proposed', dueInDays: -5 },
  { cause: 'missingInfo', owner: 1, status: 'dropped' },
];

/** The demo in one language: the numbers above with that language's words. */
export interface DemoCatalog {
  business: string;
  staff: { name: string; role: string; allowance: number }[];
  compensations: { value: { kind: CompensationKind; min: number; max: number; text: string }; weight: number }[];
  causes: DemoCause[];
  lessons: DemoLesson[];
  /** What a story's {item} names. */
  items: readonly string[];
  /** A story's {amount}, written the language's way. */
  amount: (units: number, cents: string) => string;
  /** What customers said, per category; {item}, {minutes} and {amount} are filled in. */
  stories: DemoTexts['stories'];
  notes: readonly string[];
  /** Local customers (not in English, whose customers are faker's). */
  people?: DemoPeople;
}

/** Built once a demo, never per row. */
export function demoCatalog(language: Language): DemoCatalog {
  const t = SAMPLES[language];
  return {
    business: t.business,
    staff: t.staff.map((s, i) => ({ name: s.name, role: s.role, allowance: ALLOWANCES[i] ?? 0 })),
    compensations: COMPENSATIONS.map(({ kind, min, max, weight }) => ({ value: { kind, min, max, text: t.compensations[kind] }, weight })),
    causes: CAUSES.map(({ key, ...cause }) => ({ ...cause, name: t.causes[key] })),
    lessons: LESSONS.map(({ cause, ...lesson }) => ({ ...t.lessons[cause], ...lesson, cause: t.causes[cause] })),
    items: t.items,
    amount: amountWriter(t.amount),
    stories: t.stories,
    notes: t.notes,
    ...(t.people ? { people: t.people } : {}),
  };
}

/** The template ("{units},{cents} €") split once, so a row only joins three pieces and two numbers. */
function amountWriter(template: string): (units: number, cents: string) => string {
  const [before = '', rest = ''] = template.split('{units}');
  const [between = '', after = ''] = rest.split('{cents}');
  return (units, cents) => `${before}${units}${between}${cents}${after}`;
}
