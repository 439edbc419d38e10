import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { moneyToInput, parseMoney } from '../../../shared/format';
import { errorMessage } from '../api/call';
import { useStaff } from '../api/lookups';
import { useWrite } from '../api/useCall';
import { useFormat } from '../lib/useFormat';
import { StepActions } from './StepActions';

/** People added one after another from the keyboard: name, Tab, allowance, Enter, and again. */
export function StaffStep({ onBack, onNext, onSkip }: { onBack: () => void; onNext: () => void; onSkip: () => void }) {
  const write = useWrite();
  const fmt = useFormat();
  const { data: staff } = useStaff();
  const [name, setName] = useState('');
  const [allowance, setAllowance] = useState('');
  const [errors, setErrors] = useState<{ name?: string; allowance?: string }>({});
  const [busy, setBusy] = useState(false);
  const nameRef = useRef<HTMLInputElement>(null);

  /** Adds the person typed in, if any; false when they could not be added (the reason shows by the field). */
  const add = async (): Promise<boolean> => {
    if (!name.trim()) return true;
    const minor = parseMoney(allowance, fmt.currency, fmt.locale);
    if (minor === null) {
      setErrors({ allowance: `Enter an amount such as ${moneyToInput(5000, fmt.currency, fmt.locale)}` });
      return false;
    }
    setBusy(true);
    try {
      await write('staff.create', { name: name.trim(), monthlyAllowance: minor });
      setName('');
      setAllowance('');
      setErrors({});
      nameRef.current?.focus();
      return true;
    } catch (error) {
      setErrors({ name: errorMessage(error) });
      nameRef.current?.focus();
      return false;
    } finally {
      setBusy(false);
    }
  };

  return (
    <Stack gap="md">
      <form
        aria-label="Add a staff member"
        onSubmit={(e) => {
          e.preventDefault();
          // Enter on an empty name goes on to the next step.
          if (!name.trim() && !allowance.trim()) onNext();
          else void add();
        }}
      >
        <Group align="flex-start" gap="sm">
          <TextInput
            ref={nameRef}
            size="md"
            label="Name"
            placeholder="e.g. Sam"
            value={name}
            error={errors.name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            w={240}
          />
          <TextInput
            size="md"
            label={`Monthly allowance (${fmt.currency})`}
            placeholder={moneyToInput(5000, fmt.currency, fmt.locale)}
            inputMode="decimal"
            value={allowance}
            error={errors.allowance}
            onChange={(e) => setAllowance(e.currentTarget.value)}
            w={220}
          />
          <Button type="submit" size="md" mt={25} loading={busy} variant="light">
            Add
          </Button>
        </Group>
      </form>
      <Text size="sm" c="dimmed" maw={620}>
        The allowance is how much a person may give a customer in a month without asking (empty: nothing). Enter adds the
        person; Enter on an empty name goes on. Roles can be added later in Settings.
      </Text>
      {staff && staff.length > 0 ? (
        <List aria-label="Staff added" spacing={4} size="md">
          {staff.map((s) => (
            <List.Item key={s.id}>
              {s.name} · {fmt.money(s.monthlyAllowance)} a month
            </List.Item>
          ))}
        </List>
      ) : (
        <Text>No staff yet.</Text>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          void add().then((added) => added && onNext());
        }}
      >
        <StepActions onBack={onBack} onSkip={onSkip} busy={busy} />
      </form>
    </Stack>
  );
}
