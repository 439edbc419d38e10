import { Button, Group } from '@mantine/core';
import { useT } from '../lib/useT';

/** Back, Skip and Next (the form's submit), the same at the foot of every step. */
export function StepActions({ onBack, onSkip, busy }: { onBack?: () => void; onSkip: () => void; busy?: boolean }) {
  const t = useT();
  return (
    <Group justify="space-between" mt="md">
      <div>
        {onBack && (
          <Button variant="default" size="md" onClick={onBack}>
            {t('firstrun.back')}
          </Button>
        )}
      </div>
      <Group gap="sm">
        <Button variant="default" size="md" onClick={onSkip}>
          {t('firstrun.skip')}
        </Button>
        <Button type="submit" size="md" loading={busy}>
          {t('firstrun.next')}
        </Button>
      </Group>
    </Group>
  );
}
