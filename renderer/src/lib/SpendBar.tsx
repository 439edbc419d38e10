// A small bar of spend against a limit; the accessible value says it in money, not percent.
import { Progress } from '@mantine/core';

interface Props {
  /** Minor units. */
  spent: number;
  /** Minor units; 0 means there is no limit to show against. */
  limit: number;
  label: string;
  valueText: string;
  color?: string | undefined;
  size?: 'xs' | 'sm' | 'md' | 'lg';
}

export function SpendBar({ spent, limit, label, valueText, color, size = 'md' }: Props) {
  const over = limit > 0 ? spent > limit : spent > 0;
  // A share for drawing only; money itself stays in integer minor units.
  const pct = limit > 0 ? Math.min(100, Math.round((spent * 100) / limit)) : over ? 100 : 0;
  return (
    <Progress.Root size={size}>
      <Progress.Section
        value={pct}
        color={color ?? (over ? 'red' : 'teal')}
        withAria={false}
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={valueText}
      />
    </Progress.Root>
  );
}
