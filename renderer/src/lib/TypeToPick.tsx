// A list field for keyboard people: type a few letters and the best match (typeToPick.ts) is under
// Enter at once, whatever was chosen before; Esc puts the chosen one back. Built on Combobox rather
// than Mantine's Select, whose list, once opened by typing, goes back a moment later to the option
// already chosen when that one also holds the letters, so "c" then Enter kept "Not chosen".
import { CheckIcon, Combobox, Group, InputBase, type MantineSize, useCombobox } from '@mantine/core';
import { type ReactNode, useEffect, useEffectEvent, useState } from 'react';
import type { Option } from './options';
import { matchOptions } from './typeToPick';
import { useT } from './useT';

/** A named part of the list (shown until something is typed; then the matches are one list, best first). */
export interface OptionGroup {
  group: string;
  items: readonly Option[];
}

interface Props {
  label: string;
  /** In a table row: the label is the field's accessible name only, not shown above it. */
  hideLabel?: boolean;
  description?: ReactNode;
  value: string | null;
  onChange: (value: string) => void;
  data: readonly (Option | OptionGroup)[];
  error?: ReactNode;
  /** `md` unless said, as the theme gives every other field. */
  size?: MantineSize;
  /** Shown when nothing matches what was typed; "No match" unless said. */
  nothingFound?: string;
  /** Tab, or leaving the field, takes the match under Enter (the quick log's way); otherwise leaving puts the chosen one back. */
  takeOnLeave?: boolean;
  'data-autofocus'?: boolean;
}

export function TypeToPick({ label, hideLabel = false, description, value, onChange, data, error, size = 'md', nothingFound, takeOnLeave = false, ...rest }: Props) {
  const t = useT();
  const combobox = useCombobox({
    onDropdownClose: () => {
      combobox.resetSelectedOption();
      setSearch(null);
    },
  });
  // null: not typing, the field shows the chosen option.
  const [search, setSearch] = useState<string | null>(null);
  const all = data.flatMap((d) => ('group' in d ? d.items : [d]));
  const shown = all.find((o) => o.value === value)?.label ?? '';
  // Until something else is typed, the chosen option's own name filters nothing.
  const typed = search === null || search === shown ? '' : search;
  // In the order they are drawn, which is the order Mantine counts them in.
  const options = typed ? matchOptions(all, typed) : all;
  const option = (o: Option, i: number) => (
    <Combobox.Option value={String(i)} key={o.value} active={o.value === value}>
      <Group gap="xs" wrap="nowrap">
        {/* The chosen one is ticked, as in Mantine's Select; the others keep the tick's room. */}
        {o.value === value ? <CheckIcon size={12} aria-hidden /> : <span style={{ width: 12, flex: 'none' }} />}
        <span>{o.label}</span>
      </Group>
    </Combobox.Option>
  );
  let drawn = 0;

  // Typing puts the best match under Enter.
  const selectFirst = useEffectEvent(() => combobox.selectFirstOption());
  useEffect(() => {
    if (typed) selectFirst();
  }, [typed]);

  /** The option Enter or Tab would take: the highlighted one, else the best match of what was typed. */
  const underEnter = (): Option | undefined => {
    const i = combobox.getSelectedOptionIndex();
    return i >= 0 ? options[i] : typed ? options[0] : undefined;
  };
  const take = (o: Option | undefined) => {
    combobox.closeDropdown();
    setSearch(null);
    if (o && o.value !== value) onChange(o.value);
  };

  return (
    <Combobox store={combobox} onOptionSubmit={(i) => take(options[Number(i)])} size={size}>
      <Combobox.Target withExpandedAttribute autoComplete="off">
        <InputBase
          {...rest}
          label={hideLabel ? undefined : label}
          aria-label={hideLabel ? label : undefined}
          description={description}
          error={error}
          size={size}
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          value={search ?? shown}
          // Typing replaces the chosen name rather than adding to it.
          onFocus={(e) => e.currentTarget.select()}
          onClick={(e) => {
            if (search === null) e.currentTarget.select();
            combobox.openDropdown();
          }}
          onChange={(e) => {
            combobox.openDropdown();
            setSearch(e.currentTarget.value);
          }}
          onKeyDown={(e) => {
            // Mantine takes a highlighted option itself; this covers an open list with none highlighted.
            if (e.key !== 'Enter' || !combobox.dropdownOpened || combobox.getSelectedOptionIndex() >= 0) return;
            e.preventDefault();
            if (typed && options.length === 0) return; // "No match" stays on screen; nothing is saved
            take(underEnter());
          }}
          onBlur={() => take(takeOnLeave ? underEnter() : undefined)}
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options mah={280} style={{ overflowY: 'auto' }}>
          {options.length === 0 && <Combobox.Empty>{nothingFound ?? t('lib.pick.noMatch')}</Combobox.Empty>}
          {typed
            ? options.map(option)
            : data.map((d) =>
                'group' in d ? (
                  <Combobox.Group label={d.group} key={d.group}>
                    {d.items.map((o) => option(o, drawn++))}
                  </Combobox.Group>
                ) : (
                  option(d, drawn++)
                ),
              )}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
