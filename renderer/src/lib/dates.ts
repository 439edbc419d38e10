// Conversions between instants (ISO, UTC) and the local values native date inputs speak.
import { addDays, addHours, endOfDay, format, isValid, min, parse, parseISO, set } from 'date-fns';
import { useT } from './useT';

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

/** Instant → "2026-10-03T14:05" in local time, for <input type="datetime-local">. */
export const toLocalInput = (d: Date | string): string => format(typeof d === 'string' ? parseISO(d) : d, LOCAL_INPUT);

/** "2026-10-03T14:05" (local) → ISO instant, or null when incomplete. */
export function fromLocalInput(value: string): string | null {
  const d = parse(value, LOCAL_INPUT, new Date());
  return isValid(d) ? d.toISOString() : null;
}

export interface FollowUpPreset {
  label: string;
  hint: string;
  at: Date;
}

const atTen = (d: Date) => set(d, { hours: 10, minutes: 0, seconds: 0, milliseconds: 0 });
// Late in the evening, "later today" is still today: never past midnight.
const laterToday = (now: Date) => min([addHours(now, 3), endOfDay(now)]);

/** Follow-up presets as the counter says them, in the shop's language: `useFollowUpPresets()(new Date())`. */
export function useFollowUpPresets(): (now: Date) => FollowUpPreset[] {
  const t = useT();
  return (now) => [
    { label: t('lib.followUp.laterToday'), hint: t('lib.followUp.inHours', { count: 3 }), at: laterToday(now) },
    { label: t('lib.followUp.tomorrow'), hint: '10:00', at: atTen(addDays(now, 1)) },
    { label: t('lib.followUp.inDays', { count: 3 }), hint: '10:00', at: atTen(addDays(now, 3)) },
  ];
}

