// Delete and restore, and what every screen must refetch afterwards: a deleted incident or entry
// leaves lists, Home, figures, Patterns and the tracker at once, so every query is stale.
import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { COMPENSATION_KIND_LABELS } from '../../../shared/domain';
import type { Compensation } from '../../../shared/schemas/compensation';
import { call } from '../api/call';
import { keys } from '../api/keys';
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
  const refresh = () => queryClient.invalidateQueries();
  const restoreIncident = async (incident: { id: number; ref: string }) => {
    await call('incidents.restore', { id: incident.id });
    await refresh();
    showRestored(`Incident ${incident.ref} restored`, incident);
  };
  /** `name` is how the entry reads: "Refund $12.50". */
  const restoreCompensation = async (id: number, name: string) => {
    await call('compensations.restore', { id });
    await refresh();
    notifyDone(`${name} restored`);
  };
  return {
    restoreIncident,
    restoreCompensation,
    /** Deletes, then offers Undo; `leave` runs first so the incident's own screen is gone before its query goes. */
    deleteIncident: async (incident: { id: number; ref: string }, leave: () => void) => {
      await call('incidents.remove', { id: incident.id });
      leave();
      queryClient.removeQueries({ queryKey: keys.incident(incident.id), exact: true });
      await refresh();
      showUndo({
        id: `deleted-incident-${incident.id}`,
        title: `Incident ${incident.ref} deleted`,
        message: 'It is gone from the journal and the figures.',
        undoLabel: `Undo deleting incident ${incident.ref}`,
        onUndo: () => restoreIncident(incident),
      });
    },
    removeCompensation: async (entry: Compensation, money: string) => {
      await call('compensations.remove', { id: entry.id });
      await refresh();
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
