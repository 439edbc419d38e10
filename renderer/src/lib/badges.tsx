import { Badge } from '@mantine/core';
import type { Severity, Status } from '../../../shared/domain';
import { useLabels } from './useLabels';

const STATUS_COLOR: Record<Status, string> = { open: 'red', resolved: 'yellow', closed: 'teal' };
const SEVERITY_COLOR: Record<Severity, string> = { 1: 'gray', 2: 'blue', 3: 'orange', 4: 'red' };

export function StatusBadge({ status }: { status: Status }) {
  const labels = useLabels();
  return (
    <Badge color={STATUS_COLOR[status]} variant="light">
      {labels.status(status)}
    </Badge>
  );
}

export function SeverityBadge({ severity }: { severity: Severity }) {
  const labels = useLabels();
  return (
    <Badge color={SEVERITY_COLOR[severity]} variant={severity >= 3 ? 'filled' : 'light'}>
      {labels.severity(severity)}
    </Badge>
  );
}
