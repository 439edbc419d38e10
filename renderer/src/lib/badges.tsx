import { Badge } from '@mantine/core';
import { SEVERITY_LABELS, STATUS_LABELS, type Severity, type Status } from '../../../shared/domain';

const STATUS_COLOR: Record<Status, string> = { open: 'red', resolved: 'yellow', closed: 'teal' };
const SEVERITY_COLOR: Record<Severity, string> = { 1: 'gray', 2: 'blue', 3: 'orange', 4: 'red' };

export const StatusBadge = ({ status }: { status: Status }) => (
  <Badge color={STATUS_COLOR[status]} variant="light">
    {STATUS_LABELS[status]}
  </Badge>
);

export const SeverityBadge = ({ severity }: { severity: Severity }) => (
  <Badge color={SEVERITY_COLOR[severity]} variant={severity >= 3 ? 'filled' : 'light'}>
    {SEVERITY_LABELS[severity]}
  </Badge>
);
