// The set-up a new data file opens on: the language and the shop, its staff, who is at the counter. Every step can be skipped.
import { Button, Container, Group, Paper, Stepper, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import type { MessageId } from '../../../shared/i18n/catalog';
import { useSettings, useStaff } from '../api/lookups';
import { useWrite } from '../api/useCall';
import { useCounterPerson } from '../counter/useCounterPerson';
import { notifyError } from '../lib/notify';
import { useT } from '../lib/useT';
import { CounterStep } from './CounterStep';
import { DoneStep } from './DoneStep';
import { ShopStep } from './ShopStep';
import { StaffStep } from './StaffStep';

const STEPS: { label: MessageId; title: MessageId }[] = [
  { label: 'firstrun.step.shop', title: 'firstrun.step.shop' },
  { label: 'firstrun.step.staff', title: 'firstrun.step.staff.title' },
  { label: 'firstrun.step.counter', title: 'firstrun.step.counter.title' },
  { label: 'firstrun.step.done', title: 'firstrun.step.done.title' },
];

export function FirstRun({ onDone }: { onDone: (to: string) => void }) {
  const t = useT();
  const { data: settings } = useSettings();
  const { data: staff } = useStaff();
  const counter = useCounterPerson();
  const write = useWrite();
  const [step, setStep] = useState(0);
  const [busy, setBusy] = useState(false);
  const panelRef = useRef<HTMLDivElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);

  const loaded = settings !== undefined;
  // Each step starts at its first field; a step with none starts at its title, so a reader hears it.
  useEffect(() => {
    const frame = requestAnimationFrame(() => {
      const target = panelRef.current?.querySelector<HTMLElement>('[data-autofocus]') ?? titleRef.current;
      target?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [step, loaded]);

  const finish = async (to: string) => {
    setBusy(true);
    try {
      await write('setup.finish', {});
      onDone(to);
    } catch (error) {
      notifyError(error, t('firstrun.notSaved'));
      setBusy(false);
    }
  };
  const next = () => setStep((s) => Math.min(s + 1, STEPS.length - 1));
  const back = () => setStep((s) => Math.max(s - 1, 0));

  return (
    <Container size={760} py="md" component="main">
      <Group justify="space-between" align="center" mb="sm">
        <Text fw={800} size="xl" c="teal.9" darkHidden>
          {t('app.name')}
        </Text>
        <Text fw={800} size="xl" c="teal.4" lightHidden>
          {t('app.name')}
        </Text>
        <Button variant="subtle" size="md" onClick={() => void finish('/')} disabled={busy}>
          {t('firstrun.later')}
        </Button>
      </Group>
      <Paper withBorder radius="md" px="xl" py="lg">
        <Stepper active={step} onStepClick={setStep} allowNextStepsSelect={false} size="sm" mb="lg">
          {STEPS.map((s) => (
            <Stepper.Step key={s.label} label={t(s.label)} />
          ))}
        </Stepper>
        <Text size="sm" c="dimmed">
          {t('firstrun.stepOf', { step: step + 1, count: STEPS.length })}
        </Text>
        <Title order={1} mb="sm" ref={titleRef} tabIndex={-1}>
          {t(STEPS[step]!.title)}
        </Title>
        <div ref={panelRef}>
          {!settings ? null : step === 0 ? (
            <ShopStep settings={settings} onNext={next} onSkip={next} />
          ) : step === 1 ? (
            <StaffStep onBack={back} onNext={next} onSkip={next} />
          ) : step === 2 ? (
            <CounterStep onBack={back} onNext={next} onSkip={next} />
          ) : (
            <DoneStep
              settings={settings}
              staffCount={staff?.filter((s) => s.active).length ?? 0}
              counterName={counter.person?.name ?? null}
              busy={busy}
              onBack={back}
              onFinish={(to) => void finish(to)}
            />
          )}
        </div>
      </Paper>
    </Container>
  );
}
