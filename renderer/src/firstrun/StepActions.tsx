import { Button, Group } from '@mantine/core';

/** Back, Skip and Next (the form's submit), the same at the foot of every step. */
export function StepActions({ onBack, onSkip, busy, next = 'Next' }: { onBack?: () => void; onSkip: () => void; busy?: boolean; next?: string }) {
  return (
    <Group justify="space-between" mt="md">
      <div>
        {onBack && (
          <Button variant="default" size="md" onClick={onBack}>
            Back
          </Button>
        )}
      </div>
      <Group gap="sm">
        <Button variant="default" size="md" onClick={onSkip}>
          Skip this step
        </Button>
        <Button type="submit" size="md" loading={busy}>
          {next}
        </Button>
      </Group>
    </Group>
  );
}
