// Conversions between instants (ISO, UTC) and the local values native date inputs speak.
import { addDays, addHours, endOfDay, format, isValid, min, parse, parseISO, set } from 'date-fns';

const LOCAL_INPUT = "yyyy-MM-dd'T'HH:mm";

/** Instant → "2026-10-03T14:05" in local time, for <input type="datetime-local">. */
export const toLocalInput = (d: Date | string): string => format(typeof d === 'string' ? parseISO(d) : d, LOCAL_INPUT);

/** "2026-10-03T14:05" (local) → ISO instant, or null when incomplete. */
export function fromLocalInput(value: string): string | null {
  const d = parse(value, LOCAL_INPUT, new Date());
  return isValid(d) ? d.toISOString() : null;
}

/** Follow-up presets as the counter says them. */
export const followUpPresets = (now: Date) => [
  // Late in the evening, "later today" is still today: never past midnight.
  { label: 'Later today', hint: 'in 3 hours', at: min([addHours(now, 3), endOfDay(now)]) },
  { label: 'Tomorrow', hint: '10:00', at: set(addDays(now, 1), { hours: 10, minutes: 0, seconds: 0, milliseconds: 0 }) },
  { label: 'In 3 days', hint: '10:00', at: set(addDays(now, 3), { hours: 10, minutes: 0, seconds: 0, milliseconds: 0 }) },
];
