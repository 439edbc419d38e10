// Browser mode without a usable key (a link used before, or no link at all): one sentence instead of the app.
import { Alert, Code, Container, MantineProvider, Title } from '@mantine/core';
import { useT } from '../lib/useT';
import { theme } from './theme';

/** The bridge's sentence, with its `makegood serve` set as code. */
const withCode = (message: string) => message.split('`').map((part, i) => (i % 2 === 1 ? <Code key={i}>{part}</Code> : part));

/** Drawn outside the app's providers: main.tsx gives it the browser's language. The sentence is the bridge's (English). */
export function KeyRefused({ message }: { message: string }) {
  const t = useT();
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Container size="sm" py="xl">
        <Title order={1}>{t('app.name')}</Title>
        <Alert color="orange" mt="md" title={t('app.keyRefused.title')}>
          {withCode(message)}
        </Alert>
      </Container>
    </MantineProvider>
  );
}
