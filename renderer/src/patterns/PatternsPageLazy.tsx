// Patterns loads on first visit, so recharts stays out of the first screen's bundle.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

const PatternsPage = lazy(() => import('./PatternsPage'));

export const PatternsPageLazy = () => (
  <Suspense
    fallback={
      <Center h={300}>
        <Loader aria-label="Loading" />
      </Center>
    }
  >
    <PatternsPage />
  </Suspense>
);
