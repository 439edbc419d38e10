// One root-cause picker for the incident and the lesson: grouped, filtered as you type, keyboard only
// (type, ArrowDown, Enter), with "Create …" for a cause that is not on the list yet.
import { Combobox, InputBase, Text, useCombobox } from '@mantine/core';
import { type Ref, useEffect, useEffectEvent, useState } from 'react';
import { useRootCauses } from '../api/lookups';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { canCreate, causeLabel, groupedCauses } from './causeOptions';
import { CreateCauseModal } from './CreateCauseModal';

const CREATE = '$create';
const NONE = '$none';

interface Props {
  value: number | null;
  onChange: (id: number | null) => void;
  label?: string;
  description?: string;
  error?: string | undefined;
  /** What clearing it means here, e.g. "Not diagnosed yet". */
  noneLabel?: string;
  /** In a list row: the label is the input's accessible name only, not shown above it. */
  hideLabel?: boolean;
  size?: 'sm' | 'md';
  inputRef?: Ref<HTMLInputElement>;
  /** After Enter or a click picks a cause from the list, even the one already chosen (not after "Create…"). */
  onPicked?: (id: number | null) => void;
}

export function RootCausePicker({
  value,
  onChange,
  label,
  description,
  error,
  noneLabel,
  hideLabel = false,
  size = 'md',
  inputRef,
  onPicked,
}: Props) {
  const t = useT();
  const labels = useLabels();
  const { data: causes } = useRootCauses();
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  // null: not typing, the field shows the chosen cause.
  const [search, setSearch] = useState<string | null>(null);
  const [creating, setCreating] = useState<string | null>(null);
  const current = causes?.find((c) => c.id === value) ?? null;
  const shown = current ? causeLabel(current, t) : '';
  // Until something else is typed, the chosen cause's own name filters nothing.
  const typed = search === null || search === shown ? '' : search;
  const groups = groupedCauses(causes, value, typed, labels.causeGroup);
  const offerCreate = canCreate(causes, typed);
  const shownLabel = label ?? t('rootcause.picker.label');

  // Typing puts the first match under Enter.
  const selectFirst = useEffectEvent(() => combobox.selectFirstOption());
  useEffect(() => {
    if (typed) selectFirst();
  }, [typed]);

  const submit = (option: string) => {
    combobox.closeDropdown();
    if (option === CREATE) return setCreating(typed.trim());
    setSearch(null);
    const next = option === NONE ? null : Number(option);
    if (next !== value) onChange(next);
    onPicked?.(next);
  };

  return (
    <>
      <Combobox store={combobox} onOptionSubmit={submit}>
        <Combobox.Target withExpandedAttribute>
          <InputBase
            ref={inputRef}
            label={hideLabel ? undefined : shownLabel}
            aria-label={hideLabel ? shownLabel : undefined}
            size={size}
            description={description}
            error={error}
            placeholder={t('rootcause.picker.placeholder')}
            rightSection={<Combobox.Chevron />}
            rightSectionPointerEvents="none"
            value={search ?? shown}
            // Typing replaces the chosen cause rather than adding to its name.
            onFocus={(e) => e.currentTarget.select()}
            onClick={(e) => {
              if (search === null) e.currentTarget.select();
              combobox.openDropdown();
            }}
            onChange={(e) => {
              combobox.openDropdown();
              setSearch(e.currentTarget.value);
            }}
            onBlur={() => {
              combobox.closeDropdown();
              setSearch(null);
            }}
          />
        </Combobox.Target>
        <Combobox.Dropdown>
          <Combobox.Options mah={300} style={{ overflowY: 'auto' }}>
            {value !== null && !typed && <Combobox.Option value={NONE}>{noneLabel ?? t('rootcause.picker.none')}</Combobox.Option>}
            {groups.map((g) => (
              <Combobox.Group label={labels.causeGroup(g.group)} key={g.group}>
                {g.causes.map((c) => (
                  <Combobox.Option value={String(c.id)} key={c.id} active={c.id === value}>
                    {causeLabel(c, t)}
                  </Combobox.Option>
                ))}
              </Combobox.Group>
            ))}
            {offerCreate && (
              <Combobox.Option value={CREATE}>
                <Text span fw={600}>
                  {t('rootcause.picker.create', { name: typed.trim() })}
                </Text>
              </Combobox.Option>
            )}
            {groups.length === 0 && !offerCreate && <Combobox.Empty>{t('rootcause.picker.empty')}</Combobox.Empty>}
          </Combobox.Options>
        </Combobox.Dropdown>
      </Combobox>
      <CreateCauseModal
        name={creating}
        onClose={() => setCreating(null)}
        onCreated={(cause) => {
          setCreating(null);
          setSearch(null);
          onChange(cause.id);
        }}
      />
    </>
  );
}
