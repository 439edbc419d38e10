// The note that says a customer has been here before, with links to those incidents and to the
// person on the Customers screen. Orange when the last time was close (a second failure soon after
// the first needs extra care), blue otherwise.
import { Alert, Anchor, Text } from '@mantine/core';
import { Fragment, type ReactNode } from 'react';
import { useIntl } from 'react-intl';
import { Link } from 'react-router';
import type { MessageId } from '../../../shared/i18n/catalog';
import { useT } from '../lib/useT';
import type { ReturningNote as Note } from './returningText';

/** Between two links in the list. */
const SEPARATOR = ', ';

interface Props {
  note: Note;
  personId: number;
  /** Called as a link is followed (the quick log closes, keeping its draft). */
  onFollow?: () => void;
  id?: string;
}

export function ReturningNote({ note, personId, onFollow, id }: Props) {
  const t = useT();
  const intl = useIntl();
  /** A message with links among its words. */
  const say = (messageId: MessageId, values: Record<string, ReactNode>) => intl.formatMessage({ id: messageId }, values);
  const link = (to: string, text: string, label?: string) => (
    <Anchor component={Link} to={to} onClick={onFollow} fw={600} c="inherit" aria-label={label} underline="always">
      {text}
    </Anchor>
  );
  const links = note.links.map((l, i) => (
    <Fragment key={l.id}>
      {i > 0 && SEPARATOR}
      {say('customers.returning.link', { ref: link(`/incidents/${l.id}`, l.ref), date: l.date })}
    </Fragment>
  ));
  return (
    <Alert id={id} mt="sm" color={note.close ? 'orange' : 'blue'} variant="light" p="xs" role="note" aria-label={t('customers.returning.label')}>
      <Text size="sm">
        {say('customers.returning.line', {
          lead: link(`/customers/${personId}`, note.lead, t('customers.returning.openCustomer', { lead: note.lead })),
          links,
        })}
        {note.more > 0 &&
          say('customers.returning.andMore', {
            more: link(
              `/customers/${personId}`,
              t('customers.returning.moreCount', { count: note.more }),
              t('customers.returning.moreLabel', { count: note.more }),
            ),
          })}
        {note.close && (
          <>
            {' — '}
            <Text span fw={700} size="sm">
              {note.close}
            </Text>
          </>
        )}
      </Text>
    </Alert>
  );
}
