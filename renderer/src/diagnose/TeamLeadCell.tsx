import { Badge } from '@mantine/core';
import { useT } from '../lib/useT';

/** Yes / No / Not recorded, in words (colour only repeats them). */
export function TeamLeadCell({ present }: { present: boolean | null }) {
  const t = useT();
  if (present === null)
    return (
      <Badge color="gray" variant="outline">
        {t('diagnose.teamLead.notRecorded')}
      </Badge>
    );
  return (
    <Badge color={present ? 'teal' : 'orange'} variant="light">
      {present ? t('diagnose.teamLead.yes') : t('diagnose.teamLead.no')}
    </Badge>
  );
}
