// The domain's words (shared/domain.ts) in the shop's language. shared/domain.ts keeps the English
// labels for what stays English by contract (the CSV format, docs/domain.md); a screen asks here.
// The ids are written out in shared/i18n/labelIds.ts (the import reads the same labels).
import type { CauseGroup, Channel, CompensationKind, LessonStatus, Outcome, Severity, Status, Step } from '../../../shared/domain';
import { CAUSE_GROUP, CHANNEL, KIND, LESSON_STATUS, OUTCOME, SEVERITY, STATUS, STEP } from '../../../shared/i18n/labelIds';
import { useMemo } from 'react';
import { useT } from './useT';

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
  return useMemo<Labels>(() => ({
    channel: (c) => t(CHANNEL[c]),
    kind: (k) => t(KIND[k]),
    lessonStatus: (s) => t(LESSON_STATUS[s]),
    severity: (s) => t(SEVERITY[s]),
    outcome: (o) => t(OUTCOME[o]),
    status: (s) => t(STATUS[s]),
    causeGroup: (g) => t(CAUSE_GROUP[g]),
    step: (s) => t(STEP[s].label),
    stepHint: (s) => t(STEP[s].hint),
  }), [t]);
}
