import { Button, Group, List, Stack, Text, TextInput } from '@mantine/core';
import { useRef, useState } from 'react';
import { moneyToInput, parseMoney } from '../../../shared/format';
import { errorMessage } from '../api/call';
import { useStaff } from '../api/lookups';
import { useWrite } from '../api/useCall';
import { useFormat } from '../lib/useFormat';
import { useT } from '../lib/useT';
import { StepActions } from './StepActions';

/** People added one after another from the keyboard: name, Tab, allowance, Enter, and again. */
export function StaffStep({ onBack, onNext, onSkip }: { onBack: () => void; onNext: () => void; onSkip: () => void }) {
  const t = useT();
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
      setErrors({ allowance: t('firstrun.staff.amountExample', { example: moneyToInput(5000, fmt.currency, fmt.locale) }) });
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
        aria-label={t('firstrun.staff.form')}
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
            label={t('firstrun.staff.name')}
            placeholder={t('firstrun.staff.namePlaceholder')}
            value={name}
            error={errors.name}
            onChange={(e) => setName(e.currentTarget.value)}
            data-autofocus
            w={240}
          />
          <TextInput
            size="md"
            label={t('firstrun.staff.allowance', { currency: fmt.currency })}
            placeholder={moneyToInput(5000, fmt.currency, fmt.locale)}
            inputMode="decimal"
            value={allowance}
            error={errors.allowance}
            onChange={(e) => setAllowance(e.currentTarget.value)}
            w={220}
          />
          <Button type="submit" size="md" mt={25} loading={busy} variant="light">
            {t('firstrun.staff.add')}
          </Button>
        </Group>
      </form>
      <Text size="sm" c="dimmed" maw={620}>
        {t('firstrun.staff.help')}
      </Text>
      {staff && staff.length > 0 ? (
        <List aria-label={t('firstrun.staff.list')} spacing={4} size="md">
          {staff.map((s) => (
            <List.Item key={s.id}>
              {t('firstrun.staff.row', { name: s.name, money: fmt.money(s.monthlyAllowance) })}
            </List.Item>
          ))}
        </List>
      ) : (
        <Text>{t('firstrun.staff.none')}</Text>
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
