import { initial } from './0001-initial';
import { compensations } from './0002-compensations';
import { lessons } from './0003-lessons';
import { patternIndexes } from './0004-pattern-indexes';
import { monthTransactions } from './0005-month-transactions';
import { softDelete } from './0006-soft-delete';
import { repairSearchAndTimeline } from './0007-repair-search-and-timeline';
import { domainRules } from './0008-domain-rules';
import { importBatches } from './0009-import-batches';
import { customerPhoneTail } from './0010-customer-phone-tail';
import { returningCustomersAndVouchers } from './0011-returning-customers-and-vouchers';
import { followedUpIndex } from './0012-followed-up-index';
import { countsAndSaveKeys } from './0013-counts-and-save-keys';
import { customerKeys } from './0014-customer-keys';
import { dayTotals } from './0015-day-totals';
import { dayTotalsHeld } from './0016-day-totals-held';
import { customerNames } from './0017-customer-names';
import { searchNumberPairs } from './0018-search-number-pairs';
import { breakdownDays } from './0019-breakdown-days';
import { wordsByStatement } from './0020-words-by-statement';
import type { Migration } from './types';

/** Every migration, in order. Add new ones at the end; never edit a landed one. */
export const MIGRATIONS: readonly Migration[] = [initial, compensations, lessons, patternIndexes, monthTransactions, softDelete,
  repairSearchAndTimeline, domainRules, importBatches, customerPhoneTail,
  returningCustomersAndVouchers, followedUpIndex, countsAndSaveKeys, customerKeys, dayTotals, dayTotalsHeld, customerNames, searchNumberPairs,
  breakdownDays, wordsByStatement];

export const LATEST_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
