// A returning customer's history for the quick log (details as typed, debounced) and for an incident's page.
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { canMatch } from '../../../shared/customerMatch';
import { useCall } from '../api/useCall';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { incidentNote, quickLogNote } from './returningText';

/** Waits for the typing to pause, so a lookup never runs per key (and never holds typing up). */
const TYPING_PAUSE_MS = 350;

export function useTypedReturning(name: string, phone: string, email: string) {
  const t = useT();
  const { locale } = useFormat();
  // A string, not an object: a new object each render would restart the wait for ever.
  const [key] = useDebouncedValue(JSON.stringify([name.trim(), phone.trim(), email.trim()]), TYPING_PAUSE_MS);
  const typed = useMemo(() => {
    const [n = '', p = '', e = ''] = JSON.parse(key) as string[];
    return { name: n, phone: p, email: e };
  }, [key]);
  const enabled = canMatch(typed);
  const { data } = useCall('customers.history', typed, { enabled, staleTime: 10_000 });
  return useMemo(() => {
    const note = enabled && data ? quickLogNote(data, new Date(), locale, t) : null;
    return note && data?.personId ? { note, personId: data.personId } : null;
  }, [enabled, data, locale, t]);
}

export function useIncidentReturning(incidentId: number, occurredAt: string, hasCustomer: boolean) {
  const t = useT();
  const { locale } = useFormat();
  const { data } = useCall('customers.history', { incidentId }, { enabled: hasCustomer });
  return useMemo(() => {
    const note = hasCustomer && data ? incidentNote(data, occurredAt, new Date(), locale, t) : null;
    return note && data?.personId ? { note, personId: data.personId } : null;
  }, [hasCustomer, data, occurredAt, locale, t]);
}
