import type { CauseGroup, Channel, CompensationKind } from '../../../../shared/domain';

// Sample material for `makegood demo`: a busy neighbourhood café with a small retail shelf.

export const DEMO_BUSINESS = 'Corner Café (demo)';

export const DEMO_STAFF = [
  { name: 'Sam Ortiz', role: 'Owner', allowance: 50_000 },
  { name: 'Priya Nair', role: 'Shift lead', allowance: 25_000 },
  { name: 'Jonas Weber', role: 'Shift lead', allowance: 25_000 },
  { name: 'Mia Chen', role: 'Barista', allowance: 10_000 },
  { name: 'Tom Okafor', role: 'Barista', allowance: 10_000 },
  { name: 'Lea Rossi', role: 'Counter', allowance: 6_000 },
  { name: 'Ana Silva', role: 'Kitchen', allowance: 0 },
] as const;

/** What the café gives to make it right, how often, and what it costs in cents. */
export const DEMO_COMPENSATIONS: { value: { kind: CompensationKind; min: number; max: number; text: string }; weight: number }[] = [
  { value: { kind: 'free_item', min: 300, max: 800, text: 'Free drink on the house' }, weight: 25 },
  { value: { kind: 'replacement', min: 400, max: 1500, text: 'Made it again, fresh' }, weight: 22 },
  { value: { kind: 'refund', min: 300, max: 2500, text: 'Refunded the order' }, weight: 18 },
  { value: { kind: 'discount', min: 100, max: 600, text: 'Took it off the bill' }, weight: 15 },
  { value: { kind: 'voucher', min: 500, max: 2000, text: 'Voucher for next visit' }, weight: 12 },
  { value: { kind: 'upgrade', min: 0, max: 300, text: 'Upgraded to a large' }, weight: 5 },
  { value: { kind: 'gift', min: 500, max: 1500, text: 'Bag of house beans' }, weight: 3 },
];

export interface DemoCause {
  name: string;
  group: CauseGroup;
  /** Relative frequency: a few causes carry most incidents, as in any real shop. */
  weight: number;
  /** Extra weight in the last 30 days: a cause that is getting worse. */
  recentBoost?: number;
  categories: string[];
}

export const DEMO_CAUSES: DemoCause[] = [
  { name: 'Short-staffed at lunch', group: 'People', weight: 22, recentBoost: 9, categories: ['Wait or delay', 'Wrong order'] },
  { name: 'No check before handing over', group: 'Process', weight: 16, categories: ['Wrong order', 'Product quality'] },
  { name: 'Espresso machine needs descaling', group: 'Equipment', weight: 10, categories: ['Product quality', 'Wait or delay'] },
  { name: 'Milk delivery late', group: 'Supplies', weight: 8, categories: ['Out of stock'] },
  { name: 'Online orders not shown at the counter', group: 'Communication', weight: 8, categories: ['Wrong order', 'Wait or delay', 'Booking'] },
  { name: 'Card reader drops connection', group: 'Equipment', weight: 7, categories: ['Billing', 'Wait or delay'] },
  { name: 'Training gap on the till', group: 'People', weight: 6, categories: ['Billing', 'Staff manner'] },
  { name: 'Table bookings kept on paper', group: 'Process', weight: 6, categories: ['Booking'] },
  { name: 'Cleaning rota not followed', group: 'Process', weight: 5, categories: ['Cleanliness'] },
  { name: 'Allergen info not on the menu', group: 'Communication', weight: 4, categories: ['Product quality', 'Communication'] },
  { name: 'Queue blocks the door', group: 'Place', weight: 4, categories: ['Wait or delay'] },
  { name: 'Refund policy unclear', group: 'Policy', weight: 4, categories: ['Billing', 'Communication'] },
];

export const DEMO_ITEMS = [
  'flat white', 'oat latte', 'cappuccino', 'chai latte', 'croissant', 'avocado toast', 'banana bread',
  'iced americano', 'soup of the day', 'bagel', 'birthday cake', 'bag of house beans', 'sandwich platter',
];

/** What customers said, in their words, per category; {item}, {minutes} and {amount} are filled in. */
export const DEMO_STORIES: Record<string, string[]> = {
  'Wait or delay': [
    'I waited {minutes} minutes for a {item} and people who came in after me got served first.',
    'Ordered a {item} to go, stood at the counter for {minutes} minutes, nearly missed my train.',
    'Nobody took our order for {minutes} minutes even though the place was half empty.',
    'The {item} for my table came {minutes} minutes after everyone else had finished.',
  ],
  'Wrong order': [
    'Asked for a {item} with oat milk and got dairy. I am lactose intolerant.',
    'Got a {item} instead of what I paid for, only noticed at the office.',
    'My online order was missing the {item}.',
    'Ordered decaf, clearly got full caffeine, was up all night.',
  ],
  'Product quality': [
    'The {item} was cold in the middle.',
    'The {item} tasted burnt and bitter, not like usual.',
    'Found the {item} stale, it must have been from yesterday.',
    'There was a hair in my {item}.',
  ],
  Billing: [
    'I was charged twice for my {item}, {amount} each time.',
    'The card machine failed three times and then charged me anyway.',
    'Loyalty stamp was not given even though I showed my card.',
    'The price on the board for the {item} was lower than what I paid.',
  ],
  'Staff manner': [
    'The person at the till rolled their eyes when I asked about the {item}.',
    'Felt rushed and ignored when I asked for help choosing.',
    'Nobody said hello or thank you, felt like I was in the way.',
  ],
  Cleanliness: [
    'Tables were sticky and nobody cleared them for ages.',
    'The bathroom had no soap and no paper towels.',
    'Crumbs and spilled milk all over the condiment station.',
  ],
  'Out of stock': [
    'Came specially for the {item} and you had run out by 10 am.',
    'No oat milk again this week.',
    'The {item} I pre-ordered was not there when I came to collect it.',
  ],
  Booking: [
    'We booked a table for six and there was no record of it.',
    'Our booking was given to someone else, we waited {minutes} minutes.',
    'The {item} I ordered for collection was booked for the wrong day.',
  ],
  Communication: [
    'Nobody told me the {item} would take {minutes} minutes, I would have ordered something else.',
    'Asked if the {item} had nuts, was told no, it did.',
    'Was promised a call back about my order and never heard anything.',
  ],
  Other: ['The music was so loud we could not hear each other.', 'The Wi-Fi password on the wall was wrong.'],
};

export const DEMO_NOTES = [
  'Regular, comes in most mornings.',
  'Second time this month; handle with care.',
  'Priya covered the till while the machine was down.',
  'Offered a voucher, customer preferred a refund.',
  'Check the delivery notes for that day.',
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
  cause: string;
  /** Index into DEMO_STAFF. */
  owner: number;
  status: 'proposed' | 'in_progress' | 'done' | 'dropped';
  doneDaysAgo?: number;
  dueInDays?: number;
  /** How the cause's frequency changes once the lesson is done (1: no change). */
  effect?: number;
}

export const DEMO_LESSONS: DemoLesson[] = [
  {
    title: 'Descale the espresso machine every Monday',
    whatWeLearned: 'Bitter coffee and slow shots came from scale in the machine, not from the baristas.',
    change: 'Descaling is on the Monday opening checklist; the shift lead signs it off.',
    cause: 'Espresso machine needs descaling',
    owner: 2,
    status: 'done',
    doneDaysAgo: 150,
    effect: 0.3,
  },
  {
    title: 'Card reader on its own network',
    whatWeLearned: 'The reader dropped off the guest Wi-Fi at busy times.',
    change: 'A separate access point for the till and the reader; a spare reader charged in the drawer.',
    cause: 'Card reader drops connection',
    owner: 0,
    status: 'done',
    doneDaysAgo: 210,
    effect: 0.4,
  },
  {
    title: 'A second milk supplier for Mondays',
    whatWeLearned: 'The Monday delivery is late about one week in three.',
    change: 'Standing order with a second dairy for Monday mornings.',
    cause: 'Milk delivery late',
    owner: 0,
    status: 'done',
    doneDaysAgo: 60,
    effect: 1,
  },
  {
    title: 'Online orders print at the counter',
    whatWeLearned: 'Web orders only showed on the office laptop.',
    change: 'Orders print on the kitchen printer the moment they come in.',
    cause: 'Online orders not shown at the counter',
    owner: 2,
    status: 'done',
    doneDaysAgo: 12,
    effect: 0.5,
  },
  {
    title: 'Read the order back before handing it over',
    whatWeLearned: 'Most wrong orders left the counter without anyone checking the ticket.',
    change: 'Whoever hands over reads the ticket back to the customer.',
    cause: 'No check before handing over',
    owner: 1,
    status: 'in_progress',
    dueInDays: 10,
  },
  {
    title: 'An extra person on the till from 11:30 to 14:00',
    whatWeLearned: 'Waits and mistakes cluster at lunch, when one person runs till and coffee.',
    change: 'Rota a floater for the lunch peak, Tuesday to Saturday.',
    cause: 'Short-staffed at lunch',
    owner: 0,
    status: 'proposed',
    dueInDays: -5,
  },
  {
    title: 'Allergen cards on every cake',
    whatWeLearned: 'Staff could not answer allergen questions with confidence.',
    change: 'Replaced by the printed allergen menu; cards were too easy to lose.',
    cause: 'Allergen info not on the menu',
    owner: 1,
    status: 'dropped',
  },
];
