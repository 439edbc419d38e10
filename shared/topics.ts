// What every channel reads and what it writes, by topic: the one table the renderer's cache follows.
// After a write, every query whose channel reads a topic the write wrote is refetched (renderer/src/api/write.ts);
// tests/integration/invalidation.test.ts checks the table against a real data file, write by write.
import type { ChannelName } from './contract';

/** What a channel's answer can depend on, or a write can change. Coarse on purpose: a topic too many refetches a little more, a topic too few shows stale numbers. */
export const TOPICS = [
  'settings',
  'staff',
  'categories',
  'rootCauses',
  /** Incidents with their customers, steps and timeline. */
  'incidents',
  'compensations',
  'lessons',
  /** The month's transaction counts (the rate per 1,000). */
  'transactions',
  'drafts',
  /** The files in the backups folder. */
  'backups',
] as const;
export type Topic = (typeof TOPICS)[number];

/** Most channels either read or write; a channel with a dry run (an import's check, an erasure's preview) does both. */
export interface ChannelTopics {
  readonly reads?: readonly Topic[];
  readonly writes?: readonly Topic[];
}

// What a row of incidents answers from: its own fields and what was given (names come from the lists).
const ROWS = ['incidents', 'compensations'] as const;
// Everything an export or an import names.
const RECORDS = [...ROWS, 'staff', 'categories', 'rootCauses'] as const;
// Patterns name causes, groups, categories and lessons, never people.
const PATTERNS = { reads: [...ROWS, 'rootCauses', 'categories', 'lessons'] } as const;

/** A Record over every channel: a channel added to the contract without its entry here does not compile. */
export const CHANNEL_TOPICS = {
  'app.info': { reads: [] },

  'settings.get': { reads: ['settings'] },
  'settings.update': { writes: ['settings'] },
  /** A file with staff or incidents counts as set up (electron/main/core/repos/setup.ts). */
  'setup.status': { reads: ['settings', 'staff', 'incidents'] },
  'setup.finish': { writes: ['settings'] },

  'staff.list': { reads: ['staff'] },
  'staff.create': { writes: ['staff'] },
  'staff.update': { writes: ['staff'] },

  'categories.list': { reads: ['categories'] },
  'categories.create': { writes: ['categories'] },
  'categories.update': { writes: ['categories'] },

  'rootCauses.list': { reads: ['rootCauses'] },
  'rootCauses.create': { writes: ['rootCauses'] },
  'rootCauses.update': { writes: ['rootCauses'] },
  'rootCauses.merge': { writes: ['rootCauses', 'incidents', 'lessons'] },
  'rootCauses.usage': { reads: ['rootCauses', 'incidents', 'lessons'] },

  'incidents.create': { writes: ['incidents'] },
  'incidents.get': { reads: ROWS },
  'incidents.update': { writes: ['incidents'] },
  'incidents.setStep': { writes: ['incidents'] },
  'incidents.list': { reads: ROWS },
  'incidents.home': { reads: ROWS },
  'incidents.remove': { writes: ['incidents'] },
  'incidents.restore': { writes: ['incidents'] },

  'search.everywhere': { reads: ['incidents', 'compensations', 'lessons', 'rootCauses'] },

  /** Records the reminders it hands out (follow_up_reminders), which no screen shows: it changes nothing a query reads. */
  'followUps.claimDue': { writes: [] },
  // Staff are read to take their names out of the message.
  'followUps.message': { reads: ['settings', 'staff', 'incidents', 'compensations'] },

  'compensations.add': { writes: ['compensations'] },
  'compensations.update': { writes: ['compensations'] },
  'compensations.remove': { writes: ['compensations'] },
  'compensations.restore': { writes: ['compensations'] },
  'compensations.checkAllowance': { reads: ['compensations', 'staff', 'incidents'] },
  'compensations.month': { reads: [...ROWS, 'staff', 'rootCauses'] },
  'vouchers.find': { reads: ROWS },
  // The voucher's stamp, and the incident's outcome and timeline: home, journal, figures, patterns and the tracker read both.
  'vouchers.redeem': { writes: ['compensations', 'incidents'] },
  'vouchers.counts': { reads: ROWS },
  'vouchers.slip': { reads: ['compensations', 'incidents', 'settings', 'staff'] },
  /** Sends a slip to a printer (or says to open the print page): nothing the app reads changes. */
  'vouchers.print': { writes: [] },
  'recentlyDeleted.list': { reads: ['incidents', 'compensations'] },

  'diagnose.queue': { reads: ROWS },

  'lessons.create': { writes: ['lessons'] },
  'lessons.get': { reads: ['lessons', 'incidents', 'rootCauses', 'staff'] },
  'lessons.update': { writes: ['lessons'] },
  'lessons.list': { reads: ['lessons', 'incidents', 'rootCauses', 'staff'] },
  'lessons.link': { writes: ['lessons'] },
  'lessons.unlink': { writes: ['lessons'] },

  'patterns.callouts': PATTERNS,
  'patterns.pareto': PATTERNS,
  'patterns.trend': PATTERNS,
  'patterns.recovery': PATTERNS,
  'patterns.recoveryByKind': PATTERNS,
  'patterns.breakdowns': PATTERNS,
  'patterns.repeatCustomers': { reads: ['incidents'] },

  'figures.month': { reads: [...ROWS, 'rootCauses', 'transactions'] },
  'figures.transactions': { reads: ['transactions'] },
  'figures.setTransactions': { writes: ['transactions'] },

  /** Prints a file for the person to keep: nothing the app reads changes. */
  'reports.exportPdf': { writes: [] },

  /** Stages a file beside the data file: nothing the app reads changes. */
  'data.chooseImportFile': { writes: [] },
  'data.import': { reads: RECORDS, writes: RECORDS },
  /** Answered by the thread that imports (the writer), which alone knows how far it is: `writes` routes it there. */
  'data.importProgress': { writes: [] },
  /** Reads the records into a file the person keeps (or downloads): nothing the app reads changes. */
  'data.exportFile': { reads: RECORDS },
  'data.backup': { writes: ['backups'] },
  'data.backups': { reads: ['backups'] },
  /** Everything is the backup's now, and the data as it was is a new file in the backups folder. */
  'data.restore': { writes: TOPICS },
  'database.where': { reads: [] },
  /** Connects to another database to look: nothing here changes. */
  'database.test': { writes: [] },
  // Each switches where the data is and restarts the core; the window reloads, so nothing cached survives.
  'database.moveTo': { writes: [] },
  'database.connect': { writes: [] },
  'database.useFile': { writes: [] },
  // The name may be written anywhere: incidents, compensations' descriptions, lessons, drafts.
  'customers.erase': { reads: ['incidents', 'compensations', 'lessons', 'drafts'], writes: ['incidents', 'compensations', 'lessons', 'drafts'] },

  // Customers are part of the incidents topic; compensation is summed on the list and a person's page.
  'customers.history': { reads: ['incidents'] },
  'customers.list': { reads: ROWS },
  'customers.person': { reads: ROWS },

  'drafts.get': { reads: ['drafts'] },
  'drafts.save': { writes: ['drafts'] },
  'drafts.clear': { writes: ['drafts'] },
} as const satisfies Record<ChannelName, ChannelTopics>;

type Table = typeof CHANNEL_TOPICS;
/** Channels whose answer a screen may cache (a query). */
export type ReadChannel = { [C in ChannelName]: Table[C] extends { reads: readonly Topic[] } ? C : never }[ChannelName];
/** Channels that change something (a mutation): only these may be sent through `write`. */
export type WriteChannel = { [C in ChannelName]: Table[C] extends { writes: readonly Topic[] } ? C : never }[ChannelName];

const readsOf = (channel: ChannelName): readonly Topic[] => (CHANNEL_TOPICS[channel] as ChannelTopics).reads ?? [];
const writesOf = (channel: ChannelName): readonly Topic[] => (CHANNEL_TOPICS[channel] as ChannelTopics).writes ?? [];

/** True when `write` changes something `read` answers from: a cached answer of `read` is stale after `write`. */
export const staleAfter = (write: ChannelName, read: ChannelName): boolean => {
  const written = writesOf(write);
  return readsOf(read).some((t) => written.includes(t));
};

/** True when `channel` can change something in the file (it has a `writes` entry, a dry run's channel included). */
export const writesSomething = (channel: ChannelName): boolean => 'writes' in (CHANNEL_TOPICS[channel] as ChannelTopics);
