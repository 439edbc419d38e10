// One incident in To diagnose, diagnosed where it stands: pick the cause (type, Enter), then D or the button.
import { Anchor, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { type KeyboardEvent, type Ref, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ellipsize } from '../../../shared/text';
import type { DiagnoseQueue } from '../../../shared/schemas/lesson';
import { useAgo } from '../journal/useAgo';
import { isPlainKey } from '../lib/keyboard';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { RootCausePicker } from '../rootcause/RootCausePicker';
import { TeamLeadCell } from './TeamLeadCell';

export type QueueItem = DiagnoseQueue['items'][number];

interface Props {
  item: QueueItem;
  category: string;
  inputRef: Ref<HTMLInputElement>;
  onDiagnose: (item: QueueItem, rootCauseId: number) => void;
}

export function DiagnoseRow({ item: r, category, inputRef, onDiagnose }: Props) {
  const t = useT();
  const labels = useLabels();
  const fmt = useFormat();
  const ago = useAgo();
  // The cause found at the counter (if any) is the suggestion; the huddle confirms or changes it.
  const [causeId, setCauseId] = useState<number | null>(r.rootCauseId);
  const [missing, setMissing] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  const diagnose = () => {
    if (causeId === null) return setMissing(true);
    onDiagnose(r, causeId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableRowElement>) => {
    // Enter on a cause already chosen (the list closed) goes on to the button, as a pick does.
    if (e.key === 'Enter' && !e.defaultPrevented && causeId !== null && e.target !== button.current) {
      const input = e.target as HTMLElement;
      if (input.getAttribute('aria-expanded') !== 'true') button.current?.focus();
    }
    if (e.key.toLowerCase() === 'd' && !e.shiftKey && isPlainKey(e.nativeEvent)) {
      e.preventDefault();
      diagnose();
    }
  };

  return (
    <Table.Tr onKeyDown={onKeyDown} data-incident={r.ref}>
      <Table.Td>
        <Anchor component={Link} to={`/incidents/${r.id}`} ff="monospace" fw={600}>
          {r.ref}
        </Anchor>
      </Table.Td>
      <Table.Td>
        <Text size="sm">{fmt.dateTime(r.occurredAt)}</Text>
        <Text size="xs" c="dimmed">
          {ago(r.occurredAt)}
        </Text>
      </Table.Td>
      <Table.Td>{category}</Table.Td>
      <Table.Td title={r.summary}>
        <Text size="sm" lineClamp={2}>
          {ellipsize(r.summary, 110)}
        </Text>
      </Table.Td>
      <Table.Td>
        <TeamLeadCell present={r.teamLeadPresent} />
      </Table.Td>
      <Table.Td>
        <RootCausePicker
          label={t('diagnose.row.rootCauseFor', { ref: r.ref })}
          hideLabel
          noneLabel={t('diagnose.row.notChosen')}
          value={causeId}
          inputRef={inputRef}
          error={missing ? t('diagnose.row.pickFirst') : undefined}
          onChange={(id) => {
            setCauseId(id);
            setMissing(false);
          }}
          onPicked={(id) => {
            if (id !== null) button.current?.focus();
          }}
        />
      </Table.Td>
      <Table.Td>
        <Button
          ref={button}
          size="md"
          variant="light"
          onClick={diagnose}
          aria-keyshortcuts="D"
        >
          {/* The name says which incident, and holds the text shown; the page's line says D does the same. */}
          {labels.step('diagnosed')}
          <VisuallyHidden> {r.ref}</VisuallyHidden>
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
