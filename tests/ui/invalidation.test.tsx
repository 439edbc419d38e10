// After a write, the screens refetch what it made stale (shared/topics.ts), and only that: a stand-in
// `window.makegood.invoke` counts what each screen asks, as the quick log's test does.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, beforeEach, expect, it } from 'vitest';
import type { Invoke } from '../../shared/contract';
import { useCall, useWrite } from '../../renderer/src/api/useCall';
import { useCompensationSave } from '../../renderer/src/compensation/useCompensationSave';
import { usePattern } from '../../renderer/src/patterns/queries';

const asked = new Map<string, number>();
const count = (channel: string) => asked.get(channel) ?? 0;

beforeEach(() => {
  asked.clear();
  const invoke = async (channel: string) => {
    asked.set(channel, count(channel) + 1);
    return { ok: true, value: { channel } };
  };
  window.makegood = { invoke: invoke as unknown as Invoke };
});
afterEach(() => {
  cleanup();
  delete window.makegood;
});

const period = { from: '2026-10-01', to: '2026-10-31' };
const ON_SCREEN = ['patterns.pareto', 'patterns.trend', 'patterns.breakdowns', 'figures.month', 'compensations.month', 'incidents.get', 'settings.get'];

/** Patterns, the Reports page's figures, the tracker, an incident and the settings, all on screen, with the writes. */
function useScreens() {
  const queries = [
    usePattern('patterns.pareto', period),
    usePattern('patterns.trend', period),
    usePattern('patterns.breakdowns', period),
    useCall('figures.month', { month: '2026-10' }),
    useCall('compensations.month', { month: '2026-10' }),
    useCall('incidents.get', { id: 7 }),
    useCall('settings.get', {}),
  ];
  return { ready: queries.every((q) => q.isSuccess), save: useCompensationSave(), write: useWrite() };
}

async function renderScreens() {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={client}>{children}</QueryClientProvider>;
  const screens = renderHook(useScreens, { wrapper });
  await waitFor(() => expect(screens.result.current.ready).toBe(true));
  for (const channel of ON_SCREEN) expect(count(channel), channel).toBe(1);
  return screens;
}

it('a compensation saved refetches Patterns, the month’s figures, the tracker and its incident, not the settings', async () => {
  const { result } = await renderScreens();
  await act(() => result.current.save.add({ incidentId: 7, kind: 'refund', cost: 1250, givenById: 1 }));
  expect(count('compensations.add')).toBe(1);
  for (const channel of ['patterns.pareto', 'patterns.trend', 'figures.month', 'compensations.month', 'incidents.get']) {
    expect(count(channel), `${channel} after a compensation was saved`).toBe(2);
  }
  expect(count('settings.get')).toBe(1);

  await act(() => result.current.save.update({ id: 3, changes: { cost: 900 } }));
  expect(count('patterns.pareto')).toBe(3);
  expect(count('figures.month')).toBe(3);
});

it('a write that changes none of them refetches none of them', async () => {
  const { result } = await renderScreens();
  await act(() => result.current.write('drafts.save', { key: 'quick-log', value: { whatHappened: 'Half typed' } }));
  for (const channel of ON_SCREEN) expect(count(channel), channel).toBe(1);
  await act(() => result.current.write('settings.update', { businessName: 'Corner Bakery' }));
  expect(count('settings.get')).toBe(2);
  expect(count('patterns.pareto')).toBe(1);
});
