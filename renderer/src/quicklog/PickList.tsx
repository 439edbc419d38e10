// A list field for the counter: type a few letters, Enter or Tab takes the first match; Enter on a closed list saves.
import { Select } from '@mantine/core';
import type { Option } from '../lib/options';
import { useT } from '../lib/useT';

/** Stands for "none chosen", which a Select cannot hold as an empty value. */
const NONE = '-';

interface Props {
  label: string;
  /** `''` for none. */
  value: string;
  onChange: (value: string) => void;
  /** The first option is the "none" choice, with value `''`. */
  options: Option[];
  error?: unknown;
}

export function PickList({ label, value, onChange, options, error }: Props) {
  const t = useT();
  const data = options.map((o) => ({ value: o.value === '' ? NONE : o.value, label: o.label }));
  return (
    <Select
      label={label}
      data={data}
      value={value === '' ? NONE : value}
      onChange={(v) => onChange(v === null || v === NONE ? '' : v)}
      error={error as string | undefined}
      searchable
      allowDeselect={false}
      selectFirstOptionOnChange
      autoSelectOnBlur
      nothingFoundMessage={t('quicklog.noMatch')}
      // Typing replaces the shown name rather than adding to it.
      onFocus={(e) => e.currentTarget.select()}
    />
  );
}
