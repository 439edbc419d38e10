// Patterns loads on first visit, so recharts stays out of the first screen's bundle.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';

export const loadPatternsPage = () => import('./PatternsPage');
const PatternsPage = lazy(loadPatternsPage);

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
