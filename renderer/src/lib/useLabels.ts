// The domain's words (shared/domain.ts) in the shop's language. shared/domain.ts keeps the English
// labels for what stays English by contract (the CSV format, docs/domain.md); a screen asks here.
// Each id is written out, so the catalogue test finds it and the typecheck finds a missing one.
import type { MessageId } from '../../../shared/i18n/catalog';
import type { CauseGroup, Channel, CompensationKind, LessonStatus, Outcome, Severity, Status, Step } from '../../../shared/domain';
import { useT } from './useT';

const CHANNEL: Record<Channel, MessageId> = {
  in_person: 'domain.channel.in_person',
  phone: 'domain.channel.phone',
  email: 'domain.channel.email',
  web: 'domain.channel.web',
  social: 'domain.channel.social',
  mail: 'domain.channel.mail',
  other: 'domain.channel.other',
};
const KIND: Record<CompensationKind, MessageId> = {
  refund: 'domain.kind.refund',
  discount: 'domain.kind.discount',
  replacement: 'domain.kind.replacement',
  free_item: 'domain.kind.free_item',
  upgrade: 'domain.kind.upgrade',
  voucher: 'domain.kind.voucher',
  gift: 'domain.kind.gift',
  other: 'domain.kind.other',
};
const LESSON_STATUS: Record<LessonStatus, MessageId> = {
  proposed: 'domain.lessonStatus.proposed',
  in_progress: 'domain.lessonStatus.in_progress',
  done: 'domain.lessonStatus.done',
  dropped: 'domain.lessonStatus.dropped',
};
const SEVERITY: Record<Severity, MessageId> = { 1: 'domain.severity.1', 2: 'domain.severity.2', 3: 'domain.severity.3', 4: 'domain.severity.4' };
const OUTCOME: Record<Outcome, MessageId> = { unknown: 'domain.outcome.unknown', retained: 'domain.outcome.retained', lost: 'domain.outcome.lost' };
const STATUS: Record<Status, MessageId> = { open: 'domain.status.open', resolved: 'domain.status.resolved', closed: 'domain.status.closed' };
const CAUSE_GROUP: Record<CauseGroup, MessageId> = {
  People: 'domain.causeGroup.People',
  Process: 'domain.causeGroup.Process',
  Equipment: 'domain.causeGroup.Equipment',
  Supplies: 'domain.causeGroup.Supplies',
  Place: 'domain.causeGroup.Place',
  Communication: 'domain.causeGroup.Communication',
  Policy: 'domain.causeGroup.Policy',
};
/** H.E.A.R.D.: the letters and keys stay the method's name in every language; the label and hint are translated. */
const STEP: Record<Step, { label: MessageId; hint: MessageId }> = {
  heard: { label: 'domain.step.heard', hint: 'domain.step.heard.hint' },
  empathized: { label: 'domain.step.empathized', hint: 'domain.step.empathized.hint' },
  apologized: { label: 'domain.step.apologized', hint: 'domain.step.apologized.hint' },
  resolved: { label: 'domain.step.resolved', hint: 'domain.step.resolved.hint' },
  diagnosed: { label: 'domain.step.diagnosed', hint: 'domain.step.diagnosed.hint' },
};

export interface Labels {
  channel: (c: Channel) => string;
  kind: (k: CompensationKind) => string;
  lessonStatus: (s: LessonStatus) => string;
  severity: (s: Severity) => string;
  outcome: (o: Outcome) => string;
  status: (s: Status) => string;
  causeGroup: (g: CauseGroup) => string;
  step: (s: Step) => string;
  stepHint: (s: Step) => string;
}

export function useLabels(): Labels {
  const t = useT();
  return {
    channel: (c) => t(CHANNEL[c]),
    kind: (k) => t(KIND[k]),
    lessonStatus: (s) => t(LESSON_STATUS[s]),
    severity: (s) => t(SEVERITY[s]),
    outcome: (o) => t(OUTCOME[o]),
    status: (s) => t(STATUS[s]),
    causeGroup: (g) => t(CAUSE_GROUP[g]),
    step: (s) => t(STEP[s].label),
    stepHint: (s) => t(STEP[s].hint),
  };
}
