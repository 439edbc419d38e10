// The demo's sample texts in English: a busy neighbourhood café with a small retail shelf. The
// reference table: every other language's has its shape (DemoTexts), as many texts in each list,
// in the same order, so the demo picks the same rows whatever the language (catalog.ts gives
// each its weight). Data a shop would write, not the app's words: they are not in the catalogues.

export const en = {
  business: 'Corner Café (demo)',
  /** In catalog.ts's order of allowances: the owner, two shift leads, two baristas, the counter, the kitchen. */
  staff: [
    { name: 'Sam Ortiz', role: 'Owner' },
    { name: 'Priya Nair', role: 'Shift lead' },
    { name: 'Jonas Weber', role: 'Shift lead' },
    { name: 'Mia Chen', role: 'Barista' },
    { name: 'Tom Okafor', role: 'Barista' },
    { name: 'Lea Rossi', role: 'Counter' },
    { name: 'Ana Silva', role: 'Kitchen' },
  ],
  /** What the shop gives to make it right, by kind (catalog.ts: how often, and what it costs). */
  compensations: {
    free_item: 'Free drink on the house',
    replacement: 'Made it again, fresh',
    refund: 'Refunded the order',
    discount: 'Took it off the bill',
    voucher: 'Voucher for next visit',
    upgrade: 'Upgraded to a large',
    gift: 'Bag of house beans',
  },
  /** The root causes, by what each stands for (catalog.ts: group, weight and categories). */
  causes: {
    peakStaffing: 'Short-staffed at lunch',
    noCheck: 'No check before handing over',
    machineCare: 'Espresso machine needs descaling',
    lateDelivery: 'Milk delivery late',
    onlineOrders: 'Online orders not shown at the counter',
    cardReader: 'Card reader drops connection',
    tillTraining: 'Training gap on the till',
    paperBookings: 'Table bookings kept on paper',
    cleaningRota: 'Cleaning rota not followed',
    missingInfo: 'Allergen info not on the menu',
    queue: 'Queue blocks the door',
    refundPolicy: 'Refund policy unclear',
  },
  /** The team's lessons, by the cause each came from (catalog.ts: owner, status, dates). */
  lessons: {
    machineCare: {
      title: 'Descale the espresso machine every Monday',
      whatWeLearned: 'Bitter coffee and slow shots came from scale in the machine, not from the baristas.',
      change: 'Descaling is on the Monday opening checklist; the shift lead signs it off.',
    },
    cardReader: {
      title: 'Card reader on its own network',
      whatWeLearned: 'The reader dropped off the guest Wi-Fi at busy times.',
      change: 'A separate access point for the till and the reader; a spare reader charged in the drawer.',
    },
    lateDelivery: {
      title: 'A second milk supplier for Mondays',
      whatWeLearned: 'The Monday delivery is late about one week in three.',
      change: 'Standing order with a second dairy for Monday mornings.',
    },
    onlineOrders: {
      title: 'Online orders print at the counter',
      whatWeLearned: 'Web orders only showed on the office laptop.',
      change: 'Orders print on the kitchen printer the moment they come in.',
    },
    noCheck: {
      title: 'Read the order back before handing it over',
      whatWeLearned: 'Most wrong orders left the counter without anyone checking the ticket.',
      change: 'Whoever hands over reads the ticket back to the customer.',
    },
    peakStaffing: {
      title: 'An extra person on the till from 11:30 to 14:00',
      whatWeLearned: 'Waits and mistakes cluster at lunch, when one person runs till and coffee.',
      change: 'Rota a floater for the lunch peak, Tuesday to Saturday.',
    },
    missingInfo: {
      title: 'Allergen cards on every cake',
      whatWeLearned: 'Staff could not answer allergen questions with confidence.',
      change: 'Replaced by the printed allergen menu; cards were too easy to lose.',
    },
  },
  /** What a story's {item} names. Each language words its stories so that any of these fits. */
  items: [
    'flat white', 'oat latte', 'cappuccino', 'chai latte', 'croissant', 'avocado toast', 'banana bread',
    'iced americano', 'soup of the day', 'bagel', 'birthday cake', 'bag of house beans', 'sandwich platter',
  ],
  /** A story's {amount}: {units}, then {cents}, are filled in. */
  amount: '${units}.{cents}',
  /**
   * What customers said, in their words, per category (the seeds' English names); {item},
   * {minutes} and {amount} are filled in, each at most once in a story.
   */
  stories: {
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
  },
  /** Internal notes; the third names the second person in `staff`. */
  notes: [
    'Regular, comes in most mornings.',
    'Second time this month; handle with care.',
    'Priya covered the till while the machine was down.',
    'Offered a voucher, customer preferred a refund.',
    'Check the delivery notes for that day.',
  ],
} as const;

/** A language's table: English's shape, every text a string, every list as long as English's. */
export type DemoTexts = Texts<typeof en>;
type Texts<T> = T extends string ? string : { readonly [K in keyof T]: Texts<T[K]> };
