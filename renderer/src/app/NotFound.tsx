import { Anchor, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useT } from '../lib/useT';

export function NotFound() {
  const t = useT();
  return (
    <Stack>
      <Title order={1}>{t('app.notFound.title')}</Title>
      <Text>
        <Anchor component={Link} to="/">
          {t('app.notFound.back')}
        </Anchor>
      </Text>
    </Stack>
  );
}
