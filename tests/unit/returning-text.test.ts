// The returning customer's note, as a person reads it (renderer/src/customers/returningText.ts).
import { createIntl } from 'react-intl';
import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/messages/en.json';
import type { CustomerHistory } from '../../shared/schemas/people';
import { incidentNote as incidentNoteIn, quickLogNote as quickLogNoteIn, type Say } from '../../renderer/src/customers/returningText';

// The app's words in English, as a screen under test speaks them.
const intl = createIntl({ locale: 'en', messages: en });
const t: Say = (id, values) => intl.formatMessage({ id }, values);
const quickLogNote = (h: CustomerHistory, now: Date, locale: string) => quickLogNoteIn(h, now, locale, t);
const incidentNote = (h: CustomerHistory, occurredAt: string, now: Date, locale: string) => incidentNoteIn(h, occurredAt, now, locale, t);

const history = (...at: string[]): CustomerHistory => ({
  personId: 7,
  incidents: at.map((occurredAt, i) => ({ id: i + 1, ref: `MG-${100 + i}`, occurredAt })),
  total: at.length,
  firstAt: at.at(-1) ?? null,
});

describe('the quick log’s note', () => {
  it('counts this time, says since when, links the latest, and how long ago the last was', () => {
    const note = quickLogNote(history('2026-10-19T10:00:00.000Z', '2026-10-02T10:00:00.000Z'), new Date('2026-10-31T12:00:00.000Z'), 'en-GB');
    expect(note).toMatchObject({ lead: '3rd time since October', more: 0, close: 'the last was 12 days ago' });
    expect(note!.links.map((l) => `${l.ref} (${l.date})`)).toEqual(['MG-101 (2 Oct)', 'MG-100 (19 Oct)']);
  });

  it('past 90 days it says nothing of how long; past three links, "and N more"; another year is named', () => {
    const note = quickLogNote(
      history('2026-06-01T10:00:00.000Z', '2026-05-01T10:00:00.000Z', '2026-04-01T10:00:00.000Z', '2025-08-01T10:00:00.000Z'),
      new Date('2026-10-31T12:00:00.000Z'),
      'en-US',
    );
    expect(note).toMatchObject({ lead: '5th time since August 2025', more: 1, close: null });
    expect(note!.links.map((l) => l.date)).toEqual(['Apr 1', 'May 1', 'Jun 1']);
    expect(quickLogNote(history('2026-08-02T10:00:00.000Z'), new Date('2026-10-31T10:00:00.000Z'), 'en-US')!.close).toBe('the last was 90 days ago');
    expect(quickLogNote(history('2026-08-01T10:00:00.000Z'), new Date('2026-10-31T10:00:00.000Z'), 'en-US')!.close).toBeNull();
    expect(quickLogNote(history(), new Date(), 'en-US')).toBeNull();
  });
});

describe('the incident page’s note', () => {
  it('counts the others, before and after, and how close the one before was', () => {
    const h = history('2026-11-02T10:00:00.000Z', '2026-10-19T10:00:00.000Z', '2026-06-02T10:00:00.000Z');
    expect(incidentNote(h, '2026-10-31T10:00:00.000Z', new Date('2026-11-05T10:00:00.000Z'), 'en-GB')).toMatchObject({
      lead: '3 other incidents',
      close: 'the one before was 12 days earlier',
    });
    expect(incidentNote(history('2026-11-02T10:00:00.000Z'), '2026-10-31T10:00:00.000Z', new Date(), 'en-GB')).toMatchObject({ lead: '1 other incident', close: null });
  });
});

it('counts in English ordinals', () => {
  const lead = (count: number) => t('customers.returning.time', { count, since: 'May' }).split(' ')[0];
  expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 101].map(lead)).toEqual(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '101st']);
});
