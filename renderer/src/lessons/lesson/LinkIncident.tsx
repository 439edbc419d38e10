// "Link an incident": type a ref or words, pick from what the journal's search finds.
import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useEffectEvent, useState } from 'react';
import { ellipsize } from '../../../../shared/text';
import { useCall } from '../../api/useCall';
import { useT } from '../../lib/useT';

interface Props {
  linked: number[];
  onPick: (incidentId: number) => Promise<boolean>;
}

export function LinkIncident({ linked, onPick }: Props) {
  const t = useT();
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
          label={t('lessons.link.label')}
          size="md"
          placeholder={t('lessons.link.placeholder')}
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
              <Text span ff="monospace" fw={600} me="xs">
                {r.ref}
              </Text>
              <Text span size="sm">
                {ellipsize(r.summary, 70)}
              </Text>
            </Combobox.Option>
          ))}
          {found.data && options.length === 0 && <Combobox.Empty>{t('lessons.link.none')}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
