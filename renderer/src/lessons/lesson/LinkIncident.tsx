// "Link an incident": type a ref or words, pick from what the journal's search finds.
import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useEffectEvent, useState } from 'react';
import { ellipsize } from '../../../../shared/text';
import { useCall } from '../../api/useCall';

interface Props {
  linked: number[];
  onPick: (incidentId: number) => Promise<boolean>;
}

export function LinkIncident({ linked, onPick }: Props) {
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const filter = { q };
  const found = useCall('incidents.list', { filter, limit: 8 }, { enabled: q.length > 0 });
  const options = (found.data?.items ?? []).filter((r) => !linked.includes(r.id));

  const selectFirst = useEffectEvent(() => combobox.selectFirstOption());
  useEffect(() => {
    if (options.length > 0) selectFirst();
  }, [options.length, found.dataUpdatedAt]);

  return (
    <Combobox
      store={combobox}
      onOptionSubmit={(value) => {
        combobox.closeDropdown();
        void onPick(Number(value)).then((ok) => ok && setSearch(''));
      }}
    >
      <Combobox.Target withExpandedAttribute>
        <InputBase
          label="Link an incident"
          size="md"
          placeholder="A ref or words from what happened"
          value={search}
          onChange={(e) => {
            setSearch(e.currentTarget.value);
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={q.length === 0}>
        <Combobox.Options>
          {options.map((r) => (
            <Combobox.Option value={String(r.id)} key={r.id}>
              <Text span ff="monospace" fw={600} mr="xs">
                {r.ref}
              </Text>
              <Text span size="sm">
                {ellipsize(r.summary, 70)}
              </Text>
            </Combobox.Option>
          ))}
          {found.data && options.length === 0 && <Combobox.Empty>No other incident matches</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
