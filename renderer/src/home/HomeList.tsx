import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { Link } from 'react-router';
import type { IncidentRow } from '../../../shared/schemas/incident';
import { CopyFollowUpMessage } from '../followups/CopyFollowUpMessage';
import { MarkFollowedUpButton } from '../followups/MarkFollowedUpButton';
import { SeverityBadge } from '../lib/badges';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';

/** Not words: the same in every language. */
const SEPARATOR = ' · ';
const inParens = (figure: string) => ` (${figure})`;

interface Props {
  title: string;
  rows: IncidentRow[];
  empty: string;
  showDue?: boolean;
  total?: number;
}

export function HomeList({ title, rows, empty, showDue, total }: Props) {
  const t = useT();
  const fmt = useFormat();
  // Not made from the title: a translated one may have no letter \w knows.
  const headingId = useId();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Title order={2} size="h4" mb="sm" id={headingId}>
        {title}
        {total !== undefined && inParens(fmt.count(total))}
      </Title>
      {rows.length === 0 ? (
        <Text c="dimmed">{empty}</Text>
      ) : (
        <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {rows.map((r) => (
            <li key={r.id}>
              <Anchor component={Link} to={`/incidents/${r.id}`} underline="hover" c="inherit" display="block" py={4}>
                <Text size="sm" fw={600} span ff="monospace" me="xs">
                  {r.ref}
                </Text>
                <SeverityBadge severity={r.severity} />
                <Text size="sm" lineClamp={1}>
                  {r.summary}
                </Text>
                <Text size="xs" c="dimmed">
                  {showDue && r.followUpDueAt ? t('home.list.due', { date: fmt.dateTime(r.followUpDueAt) }) : fmt.dateTime(r.occurredAt)}
                  {r.customerName && SEPARATOR + r.customerName}
                </Text>
              </Anchor>
              {showDue && (
                <Group gap="xs" mt={2} mb={6}>
                  <MarkFollowedUpButton incident={r} />
                  <CopyFollowUpMessage incident={r} nameRef size="sm" />
                </Group>
              )}
            </li>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
