// Settings › Backups on a shared database: backups are the server's job (README, "Backups"), so
// this says how, with the lines to run for this database, instead of a folder this computer does not have.
import { Code, CopyButton, Button, Group, Stack, Text, Title } from '@mantine/core';

function Line({ label, text }: { label: string; text: string }) {
  return (
    <Group gap="xs" wrap="nowrap" align="flex-start">
      <Code block style={{ flex: 1 }}>
        {text}
      </Code>
      <CopyButton value={text}>
        {({ copied, copy }) => (
          <Button variant="subtle" size="compact-sm" onClick={copy} aria-label={`Copy the ${label} line`}>
            {copied ? 'Copied' : 'Copy'}
          </Button>
        )}
      </CopyButton>
    </Group>
  );
}

/** `shown`: the shared database's address as Settings › Data shows it, without its password. */
export function ServerBackups({ shown }: { shown: string }) {
  return (
    <Stack maw={820} gap="md">
      <Text>
        This computer uses the shared database at <Code>{shown}</Code>. Its backups are the database server&apos;s job: Makegood keeps no
        copies of its own here, so every counter&apos;s records are in one place and in one backup.
      </Text>
      <Text>Every night, on the server or any computer that reaches it (your IT person may already do this):</Text>
      <Line label="backup" text={`pg_dump -Fc -d '${shown}' -f makegood-$(date +%F).dump`} />
      <Title order={2} size="h3">
        Restore
      </Title>
      <Text>Put a dump back into a new, empty database owned by the same user, then connect the counters to it:</Text>
      <Line label="restore" text={`pg_restore --no-owner -d '${shown}' makegood-2026-11-30.dump`} />
      <Text size="sm" c="dimmed">
        Export CSV (Import &amp; export) still works here and gives the same file a data file would: a copy anyone can open.
      </Text>
    </Stack>
  );
}
