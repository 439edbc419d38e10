import { Kbd, Radio, Stack, Text } from '@mantine/core';
import { type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useCounterPerson } from '../counter/useCounterPerson';
import { useT } from '../lib/useT';
import { StepActions } from './StepActions';

const NOBODY = 'nobody';
/** The header's key for who is at the counter: a key, not a word. */
const COUNTER_KEY = 'W';

/** Who is at the counter on this computer: the header's control (W), set here through its own memory. */
export function CounterStep({ onBack, onNext, onSkip }: { onBack: () => void; onNext: () => void; onSkip: () => void }) {
  const t = useT();
  const { person, staff, set } = useCounterPerson();
  const [picked, setChoice] = useState<string | null>(null);
  // Until one is picked: the person already remembered, else the first on the list (which may still be arriving).
  const choice = picked ?? (person ? String(person.id) : staff[0] ? String(staff[0].id) : NOBODY);
  const groupRef = useRef<HTMLDivElement>(null);
  const hasStaff = staff.length > 0;
  useEffect(() => {
    if (hasStaff) groupRef.current?.querySelector<HTMLElement>('input:checked')?.focus();
  }, [hasStaff]);
  const save = () => {
    set(choice === NOBODY ? null : Number(choice));
    onNext();
  };
  // 1–9 pick the person at that place, as in the header's menu.
  const onKey = (e: KeyboardEvent) => {
    const n = Number(e.key);
    if (!Number.isInteger(n) || n < 1 || n > Math.min(9, staff.length)) return;
    e.preventDefault();
    setChoice(String(staff[n - 1]!.id));
    groupRef.current?.querySelectorAll<HTMLElement>('input[type="radio"]')[n - 1]?.focus();
  };

  return (
    <form
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      {staff.length === 0 ? (
        <Text maw={560} data-autofocus tabIndex={-1}>
          {t('firstrun.counter.noStaff', { key: COUNTER_KEY })}
        </Text>
      ) : (
        <Radio.Group
          label={t('firstrun.counter.question')}
          description={t('firstrun.counter.hint', { key: COUNTER_KEY })}
          size="md"
          value={choice}
          onChange={setChoice}
          onKeyDown={onKey}
          ref={groupRef}
        >
          <Stack gap="sm" mt="sm">
            {staff.map((s, i) => (
              <Radio
                key={s.id}
                value={String(s.id)}
                label={
                  <>
                    {s.name}
                    {i < 9 && (
                      <Kbd size="xs" ms="xs" aria-hidden>
                        {i + 1}
                      </Kbd>
                    )}
                  </>
                }
                data-autofocus={String(s.id) === choice || undefined}
                onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), save())}
              />
            ))}
            <Radio value={NOBODY} label={t('firstrun.counter.nobody')} data-autofocus={choice === NOBODY || undefined} onKeyDown={(e) => e.key === 'Enter' && (e.preventDefault(), save())} />
          </Stack>
        </Radio.Group>
      )}
      <StepActions onBack={onBack} onSkip={onSkip} />
    </form>
  );
}
