// Erasing a customer on request asks first: it names what it touches and what stays.
import { Alert, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmActions, useConfirm } from '../lib/ConfirmActions';
import type { Customer } from '../../../shared/schemas/incident';
import type { CustomerEraseResult } from '../../../shared/schemas/customer';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { notifyDone } from '../lib/notify';

interface Props {
  customer: Customer;
  opened: boolean;
  onClose: () => void;
}

const who = (c: Customer) => c.name || c.phone || c.email || 'this customer';
const counted = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
const listed = (parts: string[]) => (parts.length < 2 ? parts.join('') : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`);

/** A regular can have many incidents: name the first few, count the rest. */
function refList(list: { ref: string }[]): string {
  const refs = list.map((i) => i.ref);
  return refs.length > 12 ? `${refs.slice(0, 10).join(', ')} and ${refs.length - 10} more` : refs.join(', ');
}

/** Where else their name, phone or email is written, as the preview says it; null when nowhere. */
export function elsewhere(r: CustomerEraseResult): string | null {
  const parts = [
    r.mentionedIn.length > 0 ? `${counted(r.mentionedIn.length, 'other incident', 'other incidents')} (${refList(r.mentionedIn)})` : '',
    r.lessons > 0 ? counted(r.lessons, 'lesson', 'lessons') : '',
    r.customerNotes > 0 ? counted(r.customerNotes, 'other customer’s note', 'other customers’ notes') : '',
    r.drafts > 0 ? counted(r.drafts, 'half-typed entry', 'half-typed entries') : '',
  ].filter(Boolean);
  return parts.length === 0 ? null : listed(parts);
}

export function EraseCustomerModal({ customer, opened, onClose }: Props) {
  const write = useWrite();
  const { busy, error, close, run } = useConfirm(onClose);
  // What it would touch, asked fresh each time the dialog opens (nothing is written); not again while
  // erasing, when the customer it asks about is going.
  const preview = useCall('customers.erase', { customerId: customer.id, dryRun: true }, { enabled: opened && !busy, gcTime: 0 });
  const p = preview.data;
  const also = p ? elsewhere(p) : null;
  const erase = () =>
    run(async () => {
      // customers.erase writes every topic that holds typed text (shared/topics.ts): those screens read afresh.
      const done = await write('customers.erase', { customerId: customer.id });
      const more = done.mentionedIn.length + done.lessons + done.customerNotes + done.drafts;
      notifyDone(
        `Customer erased from ${counted(done.incidents.length, 'incident', 'incidents')}${more > 0 ? `, and from ${counted(more, 'other place', 'other places')} that named them` : ''}.`,
      );
      if (!done.cleared) {
        notifications.show({
          color: 'yellow',
          autoClose: false,
          title: 'An old copy is still in the data file',
          message: 'Another Makegood (the app, the browser mode or the command line) has the file open. The old copy goes when it is closed.',
        });
      }
    });
  return (
    <Modal opened={opened} onClose={close} title={`Erase ${who(customer)}?`} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="sm">
        {preview.isLoading && <Loader size="sm" aria-label="Finding where this customer is named" />}
        {preview.error && <Alert color="red">{errorMessage(preview.error)}</Alert>}
        {p && (
          <Text>
            Their name, phone, email and note are removed from{' '}
            {p.incidents.length === 1
              ? `incident ${p.incidents[0]?.ref}`
              : `${p.incidents.length} incidents, ${refList(p.incidents)}, which share their phone number or email`}
            {p.customers > 1 ? ` (${p.customers} customer records)` : ''}: from the customer details, the timeline and search, and where
            they are written in what happened, notes and compensations they become “[erased]”.
          </Text>
        )}
        {also && <Text>They become “[erased]” too where they are written in {also}.</Text>}
        <Text>
          The incidents stay, without a customer, so the figures do not change. This cannot be undone; backups made before now still hold
          the details.
        </Text>
      </Stack>
      <ConfirmActions error={error} keepLabel="Keep" confirmLabel="Erase for good" onKeep={close} onConfirm={() => void erase()} busy={busy} disabled={!p} />
    </Modal>
  );
}
