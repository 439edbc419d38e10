// Browser mode without a usable key (a link used before, or no link at all): one sentence instead of the app.
import { Alert, Code, Container, MantineProvider, Title } from '@mantine/core';
import { theme } from './theme';

/** The bridge's sentence, with its `makegood serve` set as code. */
const withCode = (message: string) => message.split('`').map((part, i) => (i % 2 === 1 ? <Code key={i}>{part}</Code> : part));

export function KeyRefused({ message }: { message: string }) {
  return (
    <MantineProvider theme={theme} defaultColorScheme="auto">
      <Container size="sm" py="xl">
        <Title order={1}>Makegood</Title>
        <Alert color="orange" mt="md" title="This address cannot open Makegood">
          {withCode(message)}
        </Alert>
      </Container>
    </MantineProvider>
  );
}
