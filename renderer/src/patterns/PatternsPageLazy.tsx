// Patterns loads on first visit, so recharts stays out of the first screen's bundle.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useT } from '../lib/useT';

export const loadPatternsPage = () => import('./PatternsPage');
const PatternsPage = lazy(loadPatternsPage);

export function PatternsPageLazy() {
  const t = useT();
  return (
    <Suspense
      fallback={
        <Center h={300}>
          <Loader aria-label={t('patterns.loading')} />
        </Center>
      }
    >
      <PatternsPage />
    </Suspense>
  );
}
