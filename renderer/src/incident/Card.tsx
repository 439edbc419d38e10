import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function Card({ title, children, id }: { title: string; children: ReactNode; id?: string }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}
