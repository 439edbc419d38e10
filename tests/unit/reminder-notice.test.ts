import { describe, expect, it } from 'vitest';
import { MAX_SEPARATE_NOTICES, reminderNotices } from '../../shared/reminderNotice';

const due = (n: number, firstName: string | null = 'Dana') => ({
  incidentId: n,
  ref: `MG-${n}`,
  firstName,
  summary: `Thing ${n}`,
  dueAt: '2026-10-15T12:00:00.000Z',
});

describe('what a reminder says', () => {
  it('names the customer by first name and the ref, and says what happened', () => {
    expect(reminderNotices([due(7), due(8, null)])).toEqual([
      { title: 'Follow up: Dana · MG-7', body: 'Thing 7', incidentId: 7, tag: 'follow-up-7-2026-10-15T12:00:00.000Z' },
      { title: 'Follow up: MG-8', body: 'Thing 8', incidentId: 8, tag: 'follow-up-8-2026-10-15T12:00:00.000Z' },
    ]);
  });

  it('says many at once in one notice that opens Home', () => {
    const many = Array.from({ length: MAX_SEPARATE_NOTICES + 2 }, (_, i) => due(i + 1));
    expect(reminderNotices(many)).toEqual([
      { title: '5 follow-ups are due', body: 'MG-1, MG-2, MG-3 and 2 more. Open Makegood to see them on Home.', incidentId: null, tag: 'follow-ups-due' },
    ]);
    expect(reminderNotices([])).toEqual([]);
  });
});
