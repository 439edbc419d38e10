// Delete and restore; `write` refetches every screen they make stale: a deleted incident or entry
// leaves lists, Home, figures, Patterns and the tracker at once.
import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { Compensation } from '../../../shared/schemas/compensation';
import { write } from '../api/call';
import { callKey } from '../api/keys';
import { notifyDone } from '../lib/notify';
import { showUndo } from '../lib/undo';

function showRestored(title: string, incident: { id: number; ref: string }) {
  notifications.show({
    color: 'teal',
    title,
    autoClose: 6000,
    message: (
      <Anchor href={`#/incidents/${incident.id}`} onClick={() => notifications.clean()}>
        Open {incident.ref}
      </Anchor>
    ),
  });
}

function actions(queryClient: QueryClient) {
  const restoreIncident = async (incident: { id: number; ref: string }) => {
    await write(queryClient, 'incidents.restore', { id: incident.id });
    showRestored(`Incident ${incident.ref} restored`, incident);
  };
  /** `name` is how the entry reads: "Refund $12.50". */
  const restoreCompensation = async (id: number, name: string) => {
    await write(queryClient, 'compensations.restore', { id });
    notifyDone(`${name} restored`);
  };
  return {
    restoreIncident,
    restoreCompensation,
    /** Deletes, then offers Undo; `leave` runs first so the incident's own screen is gone before its query goes. */
    deleteIncident: async (incident: { id: number; ref: string }, leave: () => void) => {
      await write(
        queryClient,
        'incidents.remove',
        { id: incident.id },
        {
          first: () => {
            leave();
            queryClient.removeQueries({ queryKey: callKey('incidents.get', { id: incident.id }), exact: true });
          },
        },
      );
      showUndo({
        id: `deleted-incident-${incident.id}`,
        title: `Incident ${incident.ref} deleted`,
        message: 'It is gone from the journal and the figures.',
        undoLabel: `Undo deleting incident ${incident.ref}`,
        onUndo: () => restoreIncident(incident),
      });
    },
    removeCompensation: async (entry: Compensation, money: string) => {
      await write(queryClient, 'compensations.remove', { id: entry.id });
      const name = `${COMPENSATION_KIND_LABELS[entry.kind]} ${money}`;
      showUndo({
        id: `deleted-compensation-${entry.id}`,
        title: `${name} removed`,
        message: 'It no longer counts for the incident, the tracker or the allowance.',
        undoLabel: `Undo removing ${name}`,
        onUndo: () => restoreCompensation(entry.id, name),
      });
    },
  };
}

export function useDeletedActions() {
  const queryClient = useQueryClient();
  return useMemo(() => actions(queryClient), [queryClient]);
}
