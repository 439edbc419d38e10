import { Badge } from '@mantine/core';

/** Yes / No / Not recorded, in words (colour only repeats them). */
export function TeamLeadCell({ present }: { present: boolean | null }) {
  if (present === null)
    return (
      <Badge color="gray" variant="outline">
        Not recorded
      </Badge>
    );
  return (
    <Badge color={present ? 'teal' : 'orange'} variant="light">
      {present ? 'Yes' : 'No'}
    </Badge>
  );
}
