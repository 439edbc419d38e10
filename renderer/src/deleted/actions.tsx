// Delete and restore; `write` refetches every screen they make stale: a deleted incident or entry
// leaves lists, Home, figures, Patterns and the tracker at once.
import { Anchor } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { type QueryClient, useQueryClient } from '@tanstack/react-query';
import type { Compensation } from '../../../shared/schemas/compensation';
import { write } from '../api/call';
import { callKey } from '../api/keys';
import { notifyDone } from '../lib/notify';
import { showUndo } from '../lib/undo';
import { type Labels, useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';

type Translate = ReturnType<typeof useT>;

function showRestored(title: string, link: string, incident: { id: number; ref: string }) {
  notifications.show({
    color: 'teal',
    title,
    autoClose: 6000,
    message: (
      <Anchor href={`#/incidents/${incident.id}`} onClick={() => notifications.clean()}>
        {link}
      </Anchor>
    ),
  });
}

function actions(queryClient: QueryClient, t: Translate, labels: Labels) {
  const restoreIncident = async (incident: { id: number; ref: string }) => {
    await write(queryClient, 'incidents.restore', { id: incident.id });
    showRestored(t('deleted.incidentRestored', { ref: incident.ref }), t('deleted.open', { ref: incident.ref }), incident);
  };
  /** `name` is how the entry reads: "Refund $12.50". */
  const restoreCompensation = async (id: number, name: string) => {
    await write(queryClient, 'compensations.restore', { id });
    notifyDone(t('deleted.compensationRestored', { name }));
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
        title: t('deleted.incidentDeleted', { ref: incident.ref }),
        message: t('deleted.incidentDeletedMessage'),
        undoLabel: t('deleted.undoDeleteIncident', { ref: incident.ref }),
        onUndo: () => restoreIncident(incident),
      });
    },
    removeCompensation: async (entry: Compensation, money: string) => {
      await write(queryClient, 'compensations.remove', { id: entry.id });
      const name = `${labels.kind(entry.kind)} ${money}`;
      showUndo({
        id: `deleted-compensation-${entry.id}`,
        title: t('deleted.compensationRemoved', { name }),
        message: t('deleted.compensationRemovedMessage'),
        undoLabel: t('deleted.undoRemoveCompensation', { name }),
        onUndo: () => restoreCompensation(entry.id, name),
      });
    },
  };
}

export function useDeletedActions() {
  const queryClient = useQueryClient();
  const t = useT();
  const labels = useLabels();
  return actions(queryClient, t, labels);
}
