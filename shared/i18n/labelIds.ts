// The message id of each of the domain's words (shared/domain.ts), written out, so the catalogue
// test finds every id and the typecheck finds a missing one. Screens say them through useLabels().
import type { MessageId } from './catalog';
import type { CauseGroup, Channel, CompensationKind, LessonStatus, Outcome, Severity, Status, Step } from '../domain';

export const CHANNEL: Record<Channel, MessageId> = {
  in_person: 'domain.channel.in_person',
  phone: 'domain.channel.phone',
  email: 'domain.channel.email',
  web: 'domain.channel.web',
  social: 'domain.channel.social',
  mail: 'domain.channel.mail',
  other: 'domain.channel.other',
};
export const KIND: Record<CompensationKind, MessageId> = {
  refund: 'domain.kind.refund',
  discount: 'domain.kind.discount',
  replacement: 'domain.kind.replacement',
  free_item: 'domain.kind.free_item',
  upgrade: 'domain.kind.upgrade',
  voucher: 'domain.kind.voucher',
  gift: 'domain.kind.gift',
  other: 'domain.kind.other',
};
export const LESSON_STATUS: Record<LessonStatus, MessageId> = {
  proposed: 'domain.lessonStatus.proposed',
  in_progress: 'domain.lessonStatus.in_progress',
  done: 'domain.lessonStatus.done',
  dropped: 'domain.lessonStatus.dropped',
};
export const SEVERITY: Record<Severity, MessageId> = { 1: 'domain.severity.1', 2: 'domain.severity.2', 3: 'domain.severity.3', 4: 'domain.severity.4' };
export const OUTCOME: Record<Outcome, MessageId> = { unknown: 'domain.outcome.unknown', retained: 'domain.outcome.retained', lost: 'domain.outcome.lost' };
export const STATUS: Record<Status, MessageId> = { open: 'domain.status.open', resolved: 'domain.status.resolved', closed: 'domain.status.closed' };
export const CAUSE_GROUP: Record<CauseGroup, MessageId> = {
  People: 'domain.causeGroup.People',
  Process: 'domain.causeGroup.Process',
  Equipment: 'domain.causeGroup.Equipment',
  Supplies: 'domain.causeGroup.Supplies',
  Place: 'domain.causeGroup.Place',
  Communication: 'domain.causeGroup.Communication',
  Policy: 'domain.causeGroup.Policy',
};
/** H.E.A.R.D.: the letters and keys stay the method's name in every language; the label and hint are translated. */
export const STEP: Record<Step, { label: MessageId; hint: MessageId }> = {
  heard: { label: 'domain.step.heard', hint: 'domain.step.heard.hint' },
  empathized: { label: 'domain.step.empathized', hint: 'domain.step.empathized.hint' },
  apologized: { label: 'domain.step.apologized', hint: 'domain.step.apologized.hint' },
  resolved: { label: 'domain.step.resolved', hint: 'domain.step.resolved.hint' },
  diagnosed: { label: 'domain.step.diagnosed', hint: 'domain.step.diagnosed.hint' },
};
