// A list field for the counter: type a few letters, Enter or Tab takes the best match; Enter on a closed list saves.
import { TypeToPick } from '../lib/TypeToPick';
import type { Option } from '../lib/options';

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
  return (
    <TypeToPick
      label={label}
      data={options}
      value={value}
      onChange={onChange}
      error={error as string | undefined}
      takeOnLeave
    />
  );
}
