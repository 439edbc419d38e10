// Erasing a customer on request asks first: it names what it touches and what stays.
import { Alert, Loader, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { ConfirmActions, useConfirm } from '../lib/ConfirmActions';
import type { Customer } from '../../../shared/schemas/incident';
import type { CustomerEraseResult } from '../../../shared/schemas/customer';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { notifyDone } from '../lib/notify';
import { useT } from '../lib/useT';
import type { Translate } from './describeCompensation';

interface Props {
  customer: Customer;
  opened: boolean;
  onClose: () => void;
}

const who = (c: Customer, t: Translate) => c.name || c.phone || c.email || t('incident.erase.thisCustomer');
const listed = (parts: string[], t: Translate) =>
  parts.length < 2 ? parts.join('') : t('incident.erase.and', { rest: parts.slice(0, -1).join(', '), last: parts.at(-1) });

/** A regular can have many incidents: name the first few, count the rest. */
function refList(list: { ref: string }[], t: Translate): string {
  const refs = list.map((i) => i.ref);
  return refs.length > 12 ? t('incident.erase.andMore', { refs: refs.slice(0, 10).join(', '), count: refs.length - 10 }) : refs.join(', ');
}

/** Where else their name, phone or email is written, as the preview says it; null when nowhere. */
export function elsewhere(r: CustomerEraseResult, t: Translate): string | null {
  const parts = [
    r.mentionedIn.length > 0 ? t('incident.erase.otherIncidents', { count: r.mentionedIn.length, refs: refList(r.mentionedIn, t) }) : '',
    r.lessons > 0 ? t('incident.erase.lessons', { count: r.lessons }) : '',
    r.customerNotes > 0 ? t('incident.erase.customerNotes', { count: r.customerNotes }) : '',
    r.drafts > 0 ? t('incident.erase.drafts', { count: r.drafts }) : '',
  ].filter(Boolean);
  return parts.length === 0 ? null : listed(parts, t);
}

/** The incidents the erase clears, as the preview names them. */
const removedFrom = (p: CustomerEraseResult, t: Translate) =>
  p.incidents.length === 1
    ? t('incident.erase.fromOne', { ref: p.incidents[0]?.ref ?? '' })
    : t('incident.erase.fromMany', { count: p.incidents.length, refs: refList(p.incidents, t) });

export function EraseCustomerModal({ customer, opened, onClose }: Props) {
  const t = useT();
  const write = useWrite();
  const { busy, error, close, run } = useConfirm(onClose);
  // What it would touch, asked fresh each time the dialog opens (nothing is written); not again while
  // erasing, when the customer it asks about is going.
  const preview = useCall('customers.erase', { customerId: customer.id, dryRun: true }, { enabled: opened && !busy, gcTime: 0 });
  const p = preview.data;
  const also = p ? elsewhere(p, t) : null;
  const erase = () =>
    run(async () => {
      // customers.erase writes every topic that holds typed text (shared/topics.ts): those screens read afresh.
      const done = await write('customers.erase', { customerId: customer.id });
      const more = done.mentionedIn.length + done.lessons + done.customerNotes + done.drafts;
      const count = done.incidents.length;
      notifyDone(more > 0 ? t('incident.erase.doneMore', { count, more }) : t('incident.erase.done', { count }));
      if (!done.cleared) {
        notifications.show({
          color: 'yellow',
          autoClose: false,
          title: t('incident.erase.oldCopy'),
          message: t('incident.erase.oldCopyHint'),
        });
      }
    });
  return (
    <Modal opened={opened} onClose={close} title={t('incident.erase.title', { who: who(customer, t) })} styles={{ title: { fontWeight: 700 } }}>
      <Stack gap="sm">
        {preview.isLoading && <Loader size="sm" aria-label={t('incident.erase.finding')} />}
        {preview.error && <Alert color="red">{errorMessage(preview.error)}</Alert>}
        {p && (
          <Text>
            {p.customers > 1
              ? t('incident.erase.removedRecords', { where: removedFrom(p, t), records: p.customers })
              : t('incident.erase.removed', { where: removedFrom(p, t) })}
          </Text>
        )}
        {also && <Text>{t('incident.erase.also', { also })}</Text>}
        <Text>{t('incident.erase.stay')}</Text>
      </Stack>
      <ConfirmActions error={error} keepLabel={t('incident.erase.keep')} confirmLabel={t('incident.erase.confirm')} onKeep={close} onConfirm={() => void erase()} busy={busy} disabled={!p} />
    </Modal>
  );
}
