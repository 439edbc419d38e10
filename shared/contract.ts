// The one contract between renderer and backend. Each channel names its request and
// response schemas; the handler table is typed from this object, and dispatch checks
// both directions at run time.
import { z } from 'zod';
import { DEFAULT_EDITION, EditionEnum } from './report';
import type { Result } from './result';
import { Id, ReadAt } from './schemas/common';
import {
  AllowanceCheck,
  AllowanceCheckRequest,
  Compensation,
  CompensationAdd,
  CompensationMonth,
  CompensationUpdate,
  Month,
} from './schemas/compensation';
import {
  HomeResponse,
  IncidentChanges,
  IncidentCreate,
  IncidentDetail,
  IncidentListRequest,
  IncidentListResponse,
  SetStepRequest,
} from './schemas/incident';
import { ExportFileResult, ExportRequest, ImportFileChoice, ImportProgress, ImportRequest, ImportResult } from './schemas/data';
import { BackupList, BackupMade, RestoreRequest, RestoreResult } from './schemas/backup';
import { DatabaseSwitched, DatabaseWhere, SharedDatabaseForm, SharedDatabaseTested } from './schemas/database';
import { CustomerEraseRequest, CustomerEraseResult } from './schemas/customer';
import { CustomerHistory, CustomerHistoryRequest, PeopleListRequest, PeoplePage, PersonDetail, RepeatCustomers } from './schemas/people';
import { DeletedIncident, RecentlyDeleted } from './schemas/deleted';
import { MonthFigures, TransactionsSet } from './schemas/figures';
import { SearchRequest, SearchResults } from './schemas/search';
import { DueReminder, FollowUpMessage } from './schemas/followUp';
import { VoucherCodeRequest, VoucherCounts, VoucherFound, Voucher, VoucherPrinted, VoucherPrintRequest, VoucherSlip } from './schemas/voucher';
import { Breakdowns, Callouts, Pareto, Period, Recovery, RecoveryByKind, Trend } from './schemas/patterns';
import {
  DiagnoseQueue,
  LessonCreate,
  LessonDetail,
  LessonFilter,
  LessonSummary,
  LessonUpdate,
  RootCauseUsage,
} from './schemas/lesson';
import {
  Category,
  CategoryCreate,
  CategoryUpdate,
  RootCause,
  RootCauseCreate,
  RootCauseUpdate,
  Settings,
  SettingsUpdate,
  SetupStatus,
  StaffCreate,
  StaffMember,
  StaffUpdate,
} from './schemas/settings';

const Empty = z.strictObject({});
const DraftKey = z.string().regex(/^[a-z0-9.-]{1,40}$/, 'Draft key must be a short lowercase name');
const DraftValue = z
  .record(z.string(), z.unknown())
  .refine((v) => JSON.stringify(v).length <= 100_000, 'A draft can be at most 100,000 characters');

export const contract = {
  'app.info': {
    request: Empty,
    response: z.object({ version: z.string(), databasePath: z.string(), schemaVersion: z.number().int() }),
  },

  'settings.get': { request: Empty, response: Settings },
  'settings.update': { request: SettingsUpdate, response: Settings },
  'setup.status': { request: Empty, response: SetupStatus },
  'setup.finish': { request: Empty, response: SetupStatus },

  'staff.list': { request: Empty, response: z.array(StaffMember) },
  'staff.create': { request: StaffCreate, response: StaffMember },
  'staff.update': { request: StaffUpdate, response: StaffMember },

  'categories.list': { request: Empty, response: z.array(Category) },
  'categories.create': { request: CategoryCreate, response: Category },
  'categories.update': { request: CategoryUpdate, response: Category },

  'rootCauses.list': { request: Empty, response: z.array(RootCause) },
  'rootCauses.create': { request: RootCauseCreate, response: RootCause },
  'rootCauses.update': { request: RootCauseUpdate, response: RootCause },
  /** Moves every incident and lesson of `fromId` to `intoId`, then removes `fromId`. */
  'rootCauses.merge': {
    request: z.strictObject({ fromId: Id, intoId: Id }),
    response: z.object({ into: RootCause, movedIncidents: z.number().int(), movedLessons: z.number().int() }),
  },
  'rootCauses.usage': { request: Empty, response: z.array(RootCauseUsage) },

  'incidents.create': { request: IncidentCreate, response: IncidentDetail },
  'incidents.get': { request: z.strictObject({ id: Id }), response: IncidentDetail },
  'incidents.update': {
    request: z.strictObject({ id: Id, changes: IncidentChanges, updatedAt: ReadAt }),
    response: IncidentDetail,
  },
  'incidents.setStep': { request: SetStepRequest, response: IncidentDetail },
  'incidents.list': { request: IncidentListRequest, response: IncidentListResponse },
  'incidents.home': { request: Empty, response: HomeResponse },
  /** Soft: it leaves every list and figure at once, and can be restored for KEEP_DELETED_DAYS. */
  'incidents.remove': { request: z.strictObject({ id: Id }), response: DeletedIncident },
  'incidents.restore': { request: z.strictObject({ id: Id }), response: IncidentDetail },

  /** The one search box (Ctrl+K): incidents by their words, ref, customer phone or email; lessons; root causes. */
  'search.everywhere': { request: SearchRequest, response: SearchResults },

  /** Follow-ups due by now and not yet reminded for that due time, each recorded as reminded (once, whoever asks). */
  'followUps.claimDue': { request: Empty, response: z.array(DueReminder) },
  /** The shop's follow-up message filled for one incident, staff names taken out. */
  'followUps.message': { request: z.strictObject({ incidentId: Id }), response: FollowUpMessage },

  'compensations.add': { request: CompensationAdd, response: Compensation },
  'compensations.update': { request: CompensationUpdate, response: Compensation },
  /** Soft, like incidents.remove; compensations.restore brings it back if it still fits. */
  'compensations.remove': { request: z.strictObject({ id: Id }), response: z.null() },
  'compensations.restore': { request: z.strictObject({ id: Id }), response: Compensation },
  'compensations.checkAllowance': { request: AllowanceCheckRequest, response: AllowanceCheck },
  'compensations.month': { request: z.strictObject({ month: Month }), response: CompensationMonth },
  /** What a typed voucher code means now (docs/domain.md, "Vouchers"): the voucher, and one sentence. */
  'vouchers.find': { request: VoucherCodeRequest, response: VoucherFound },
  /** Stamps redeemed_at; an unknown, redeemed, expired or removed code is refused in one sentence. */
  'vouchers.redeem': { request: VoucherCodeRequest, response: Voucher },
  /** vouchers_given and vouchers_redeemed for local days from/to (Patterns, the tracker). */
  'vouchers.counts': { request: Period, response: VoucherCounts },
  /** What the slip prints (renderer/voucher.html): never a staff member's name. */
  'vouchers.slip': { request: z.strictObject({ id: Id }), response: VoucherSlip },
  /** Electron prints the slip to the remembered printer; browser mode answers printed: false and opens the print page. */
  'vouchers.print': { request: VoucherPrintRequest, response: VoucherPrinted },
  /** What can still be restored: deleted incidents, and compensations removed on their own. */
  'recentlyDeleted.list': { request: Empty, response: RecentlyDeleted },

  'diagnose.queue': {
    request: z.strictObject({ limit: z.number().int().min(1).max(500).default(200) }),
    response: DiagnoseQueue,
  },

  'lessons.create': { request: LessonCreate, response: LessonDetail },
  'lessons.get': { request: z.strictObject({ id: Id }), response: LessonDetail },
  'lessons.update': { request: LessonUpdate, response: LessonDetail },
  /** Every lesson that matches, in full: no limit. */
  'lessons.list': { request: z.strictObject({ filter: LessonFilter.default({}) }), response: z.array(LessonSummary) },
  'lessons.link': { request: z.strictObject({ lessonId: Id, incidentId: Id }), response: LessonDetail },
  'lessons.unlink': { request: z.strictObject({ lessonId: Id, incidentId: Id }), response: LessonDetail },

  'patterns.callouts': { request: Period, response: Callouts },
  'patterns.pareto': { request: Period, response: Pareto },
  'patterns.trend': { request: Period, response: Trend },
  'patterns.recovery': { request: Period, response: Recovery },
  'patterns.recoveryByKind': { request: Period, response: RecoveryByKind },
  'patterns.breakdowns': { request: Period, response: Breakdowns },
  /** repeat_customers for the period (docs/domain.md). */
  'patterns.repeatCustomers': { request: Period, response: RepeatCustomers },

  'figures.month': { request: z.strictObject({ month: Month }), response: MonthFigures },
  'figures.transactions': {
    request: z.strictObject({ month: Month }),
    response: z.object({ month: Month, count: z.number().int().nullable() }),
  },
  'figures.setTransactions': { request: TransactionsSet, response: z.null() },

  /** The month's report as a PDF: the host saves it (Electron: a save dialog) or offers a download (browser mode). */
  'reports.exportPdf': {
    request: z.strictObject({ month: Month, edition: EditionEnum.default(DEFAULT_EDITION) }),
    response: z.object({ savedTo: z.string().nullable(), downloadUrl: z.string().nullable() }),
  },

  /**
   * A file to import: the app asks in its open dialog and stages the chosen file (core/data/staging.ts);
   * browser mode answers where the page uploads the file it picked.
   */
  'data.chooseImportFile': { request: Empty, response: ImportFileChoice },
  /** Reads a staged file (CSV, .xlsx, .ods), checks every row, and unless it is a dry run writes them. */
  'data.import': { request: ImportRequest, response: ImportResult },
  /** How far the import running now has got, for the progress bar. */
  'data.importProgress': { request: Empty, response: ImportProgress },
  /**
   * The incidents (occurred on the local days from/to) as docs/domain.md's CSV, never whole in memory:
   * the app asks where to save and writes the file from the core; browser mode answers an address to download.
   */
  'data.exportFile': { request: ExportRequest, response: ExportFileResult },
  /** A copy of the data file now, in the backups folder beside it. */
  'data.backup': { request: Empty, response: BackupMade },
  'data.backups': { request: Empty, response: BackupList },
  /** Replaces the data with a checked backup from the backups folder, after saving the data as it is. */
  'data.restore': { request: RestoreRequest, response: RestoreResult },
  /** Where this counter's data is: the file, or the shared database (address without password). */
  'database.where': { request: Empty, response: DatabaseWhere },
  /** Connects to a shared database with what the form says, changes nothing, and says what is there. */
  'database.test': { request: SharedDatabaseForm, response: SharedDatabaseTested },
  /** The app only: copies this computer's file into the empty shared database (as `makegood move-to`), then switches to it. */
  'database.moveTo': { request: SharedDatabaseForm, response: DatabaseSwitched },
  /** The app only: switches to a shared database that already holds the shop's records (or a new one). */
  'database.connect': { request: SharedDatabaseForm, response: DatabaseSwitched },
  /** The app only: switches back to this computer's own file. */
  'database.useFile': { request: Empty, response: DatabaseSwitched },
  /** Removes a customer's name and contact everywhere; their incidents stay, anonymous. */
  'customers.erase': { request: CustomerEraseRequest, response: CustomerEraseResult },
  /** A returning customer: the other incidents of the person an incident's customer, or the details typed, are (shared/customerMatch.ts). */
  'customers.history': { request: CustomerHistoryRequest, response: CustomerHistory },
  /** The Customers screen: people by their latest incident, a page at a time. */
  'customers.list': { request: PeopleListRequest, response: PeoplePage },
  /** One person (named by any of their customer records): their incidents, compensation, scores and outcomes. */
  'customers.person': { request: z.strictObject({ id: Id }), response: PersonDetail },

  'drafts.get': {
    request: z.strictObject({ key: DraftKey }),
    response: z.object({ value: DraftValue.nullable(), updatedAt: z.string().nullable() }),
  },
  'drafts.save': { request: z.strictObject({ key: DraftKey, value: DraftValue }), response: z.null() },
  'drafts.clear': { request: z.strictObject({ key: DraftKey }), response: z.null() },
} as const satisfies Record<string, { request: z.ZodType; response: z.ZodType }>;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
/** What a caller sends (defaults not yet applied). */
export type Request<C extends ChannelName> = z.input<Contract[C]['request']>;
/** What a handler receives (validated, defaults applied). */
export type ParsedRequest<C extends ChannelName> = z.output<Contract[C]['request']>;
export type Response<C extends ChannelName> = z.output<Contract[C]['response']>;

export const CHANNEL_NAMES = Object.keys(contract) as ChannelName[];
export const isChannelName = (name: string): name is ChannelName => Object.hasOwn(contract, name);

/** The one function both transports give the renderer. */
export type Invoke = <C extends ChannelName>(channel: C, request: Request<C>) => Promise<Result<Response<C>>>;
