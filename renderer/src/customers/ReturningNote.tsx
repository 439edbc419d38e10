// The note that says a customer has been here before, with links to those incidents and to the
// person on the Customers screen. Orange when the last time was close (a second failure soon after
// the first needs extra care), blue otherwise.
import { Alert, Anchor, Text } from '@mantine/core';
import { Fragment } from 'react';
import { Link } from 'react-router';
import type { ReturningNote as Note } from './returningText';

interface Props {
  note: Note;
  personId: number;
  /** Called as a link is followed (the quick log closes, keeping its draft). */
  onFollow?: () => void;
  id?: string;
}

export function ReturningNote({ note, personId, onFollow, id }: Props) {
  const link = (to: string, text: string, label?: string) => (
    <Anchor component={Link} to={to} onClick={onFollow} fw={600} c="inherit" aria-label={label} underline="always">
      {text}
    </Anchor>
  );
  return (
    <Alert id={id} mt="sm" color={note.close ? 'orange' : 'blue'} variant="light" p="xs" role="note" aria-label="Returning customer">
      <Text size="sm">
        {link(`/customers/${personId}`, note.lead, `${note.lead}: open this customer`)}:{' '}
        {note.links.map((l, i) => (
          <Fragment key={l.id}>
            {i > 0 && ', '}
            {link(`/incidents/${l.id}`, l.ref)} ({l.date})
          </Fragment>
        ))}
        {note.more > 0 && <>, and {link(`/customers/${personId}`, `${note.more} more`, `${note.more} more incidents of this customer`)}</>}
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
