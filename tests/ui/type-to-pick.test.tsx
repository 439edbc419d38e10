// The list field under a keyboard: the best match is under Enter at once, whatever was chosen before.
import { MantineProvider } from '@mantine/core';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, expect, it, vi } from 'vitest';
import { InEnglish } from '../support/intl';
import { type OptionGroup, TypeToPick } from '../../renderer/src/lib/TypeToPick';
import type { Option } from '../../renderer/src/lib/options';

afterEach(cleanup);

const CATEGORIES: Option[] = ['Not chosen', 'Billing', 'Cleanliness', 'Other', 'Wait or delay', 'Wrong order'].map((label, i) => ({ value: i === 0 ? '' : `c${i}`, label }));

function Field(props: { data?: (Option | OptionGroup)[]; takeOnLeave?: boolean; start?: string; onSubmit?: () => void }) {
  const [value, setValue] = useState(props.start ?? '');
  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        props.onSubmit?.();
      }}
    >
      <TypeToPick label="Category" data={props.data ?? CATEGORIES} value={value} onChange={setValue} takeOnLeave={props.takeOnLeave} />
      <input aria-label="Next" />
      <button type="submit">Save</button>
      <output aria-label="Chosen">{value}</output>
    </form>
  );
}

function renderField(props: Parameters<typeof Field>[0] = {}) {
  render(
    <InEnglish>
      <MantineProvider>
        <Field {...props} />
      </MantineProvider>
    </InEnglish>,
  );
  return screen.getByRole('combobox', { name: 'Category' });
}
const chosen = () => screen.getByRole('status', { name: 'Chosen' }).textContent;

it('one letter that the chosen name also holds, then Enter, takes the best match (Mantine’s Select kept "Not chosen")', async () => {
  const onSubmit = vi.fn();
  const field = renderField({ onSubmit });
  expect(field).toHaveValue('Not chosen');
  await userEvent.click(field);
  await userEvent.keyboard('c{Enter}');
  expect(chosen()).toBe('c2');
  expect(field).toHaveValue('Cleanliness');
  expect(onSubmit).not.toHaveBeenCalled(); // Enter took the option; it did not send the form
  await userEvent.click(field); // a click selects the name, so typing replaces it
  await userEvent.keyboard('o{Enter}');
  expect(field).toHaveValue('Other');
  await userEvent.keyboard('{Enter}'); // the list is closed: Enter is the form's
  expect(onSubmit).toHaveBeenCalledTimes(1);
});

it('arrows move from the best match; Esc puts the chosen one back', async () => {
  const field = renderField({ start: 'c1' });
  await userEvent.click(field);
  await userEvent.keyboard('w{ArrowDown}{Enter}');
  expect(field).toHaveValue('Wrong order');
  await userEvent.keyboard('bil{Escape}');
  expect(field).toHaveValue('Wrong order');
  expect(chosen()).toBe('c5');
});

it('nothing matching: "No match", and Enter neither picks nor sends the form', async () => {
  const onSubmit = vi.fn();
  const field = renderField({ start: 'c3', onSubmit });
  await userEvent.click(field);
  await userEvent.keyboard('zz');
  expect(await screen.findByText('No match')).toBeInTheDocument();
  await userEvent.keyboard('{Enter}');
  expect(onSubmit).not.toHaveBeenCalled();
  expect(chosen()).toBe('c3');
});

it('Tab takes the best match where the field says so, and otherwise puts the chosen one back', async () => {
  const taking = renderField({ takeOnLeave: true });
  await userEvent.click(taking);
  await userEvent.keyboard('wa{Tab}');
  expect(chosen()).toBe('c4');
  expect(screen.getByRole('textbox', { name: 'Next' })).toHaveFocus();
  cleanup();

  const keeping = renderField({ start: 'c1' });
  await userEvent.click(keeping);
  await userEvent.keyboard('wa{Tab}');
  expect(chosen()).toBe('c1');
  expect(keeping).toHaveValue('Billing');
});

it('a list in groups shows its groups until something is typed, then the matches best first', async () => {
  const data: OptionGroup[] = [
    { group: 'Common', items: [{ value: 'EUR', label: 'EUR — Euro' }, { value: 'USD', label: 'USD — US Dollar' }] },
    { group: 'All currencies', items: [{ value: 'AUD', label: 'AUD — Australian Dollar' }, { value: 'SEK', label: 'SEK — Swedish Krona' }] },
  ];
  const field = renderField({ data, start: 'EUR' });
  await userEvent.click(field);
  expect(screen.getByText('All currencies')).toBeInTheDocument();
  await userEvent.keyboard('dollar');
  expect(screen.queryByText('All currencies')).not.toBeInTheDocument();
  expect(field).toHaveAttribute('aria-expanded', 'true');
  // jsdom runs no CSS transitions, so the opening list is still display: none here.
  expect(screen.getAllByRole('option', { hidden: true }).map((o) => o.textContent)).toEqual(['USD — US Dollar', 'AUD — Australian Dollar']);
  await userEvent.keyboard('{ArrowDown}{Enter}');
  expect(chosen()).toBe('AUD');
});
