// Issue 12: "the allowance rule is skipped, and the tracker then says everyone within the
// allowance". The tracker's headline and table, drawn from a real data file's month after an
// import of history past the allowances (the page talks to the real core through dispatch).
import { MantineProvider } from '@mantine/core';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { ByStaffTable } from '../../renderer/src/tracker/ByStaffTable';
import { TrackerHeadline } from '../../renderer/src/tracker/TrackerHeadline';
import { tempCore, type TempCore } from '../support/core';
import { InEnglish } from '../support/intl';

let t: TempCore;
beforeEach(() => {
  t = tempCore(new Date('2026-10-20T12:00:00.000Z'));
  window.makegood = { invoke: ((channel: string, request: unknown) => t.raw(channel, request)) as unknown as Invoke };
});
afterEach(() => {
  cleanup();
  delete window.makegood;
  t.cleanup();
});

async function drawMonth(month: string) {
  const data = await t.call('compensations.month', { month });
  render(
    <MantineProvider>
      <QueryClientProvider client={new QueryClient({ defaultOptions: { queries: { retry: false } } })}>
        <InEnglish>
          <TrackerHeadline data={data} />
          <ByStaffTable rows={data.byStaff} />
        </InEnglish>
      </QueryClientProvider>
    </MantineProvider>,
  );
}

it('names the people an import put past their allowance, and marks their unapproved entries', async () => {
  await t.call('staff.create', { name: 'Sam', monthlyAllowance: 5_000 });
  await t.call('staff.create', { name: 'Lee', monthlyAllowance: 0 });
  const csv = [
    'occurred_at,what_happened,compensation_kind,compensation_cost,compensation_given_by,compensation_given_at',
    '2026-10-02T10:00,Cold soup,refund,30.00,Sam,2026-10-02T10:10',
    '2026-10-03T10:00,Wrong order,refund,40.00,Sam,2026-10-03T10:10',
    '2026-10-04T10:00,Long wait,gift,10.00,Lee,2026-10-04T10:10',
  ].join('\n');
  await t.call('data.import', await t.staged({ csv, mapping: {}, dryRun: false, skipBadRows: false }));
  await drawMonth('2026-10');

  const past = await screen.findByRole('group', { name: /^Past their allowance/ });
  // Sam went $20 past a $50 allowance; Lee has none ("always asks") and nobody approved the gift.
  expect(past).toHaveTextContent('2 people');
  expect(past).toHaveTextContent('Lee, Sam');
  expect(past).not.toHaveTextContent('Everyone within the allowance');
  const table = screen.getByRole('table', { name: 'By staff member' });
  const row = (name: string) => within(table).getByText(name).closest('tr')!;
  expect(row('Sam')).toHaveTextContent('$40.00 over allowance, not approved (1 entry)');
  expect(row('Lee')).toHaveTextContent('$10.00 over allowance, not approved (1 entry)');
});

it('says everyone is within the allowance when they are, an allowance of 0 included', async () => {
  const sam = await t.call('staff.create', { name: 'Sam', monthlyAllowance: 5_000 });
  await t.call('staff.create', { name: 'Lee', monthlyAllowance: 0 });
  const incident = await t.call('incidents.create', { occurredAt: '2026-10-02T10:00:00.000Z', whatHappened: 'Cold soup', severity: 2 });
  await t.call('compensations.add', { incidentId: incident.incident.id, kind: 'refund', cost: 3_000, givenById: sam.id, givenAt: '2026-10-02T10:10:00.000Z' });
  await drawMonth('2026-10');
  const past = await screen.findByRole('group', { name: /^Past their allowance/ });
  expect(past).toHaveTextContent('0 people');
  expect(past).toHaveTextContent('Everyone within the allowance');
});
