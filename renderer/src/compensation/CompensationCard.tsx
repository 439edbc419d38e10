// "Make it right": what was given on this incident, and the form to add or change an entry.
import { Divider, Stack } from '@mantine/core';
import { useState } from 'react';
import type { Compensation } from '../../../shared/schemas/compensation';
import { nameMap, useStaff } from '../api/lookups';
import { Card } from '../incident/Card';
import { useDeletedActions } from '../deleted/actions';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { CompensationForm } from './CompensationForm';
import { CompensationList } from './CompensationList';
import { RemoveCompensationModal } from './RemoveCompensationModal';

interface Props {
  incidentId: number;
  handledById: number | null;
  compensations: Compensation[];
}

export function CompensationCard({ incidentId, handledById, compensations }: Props) {
  const t = useT();
  const names = nameMap(useStaff().data);
  const staffName = (id: number | null) => (id === null ? t('compensation.card.unrecorded') : (names.get(id) ?? t('compensation.card.former')));
  const fmt = useFormat();
  const { removeCompensation } = useDeletedActions();
  const [editing, setEditing] = useState<Compensation | null>(null);
  const [removing, setRemoving] = useState<Compensation | null>(null);
  return (
    <Card title={t('compensation.card.title')} id="card-compensation">
      <Stack gap="sm">
        <CompensationList
          entries={compensations}
          staffName={staffName}
          editingId={editing?.id ?? null}
          onEdit={setEditing}
          onRemove={setRemoving}
        />
        <Divider />
        {/* Keyed so switching entries starts the form afresh from that entry. */}
        <CompensationForm
          key={editing?.id ?? 'new'}
          incidentId={incidentId}
          handledById={handledById}
          editing={editing}
          onDone={() => setEditing(null)}
        />
      </Stack>
      <RemoveCompensationModal
        entry={removing}
        givenBy={removing ? staffName(removing.givenById) : ''}
        onConfirm={async (entry) => {
          await removeCompensation(entry, fmt.money(entry.cost));
          if (editing?.id === entry.id) setEditing(null);
        }}
        onClose={() => setRemoving(null)}
      />
    </Card>
  );
}
