// The lessons pages load on first visit, so recharts stays out of the first screen's bundle.
import { Center, Loader } from '@mantine/core';
import { lazy, Suspense } from 'react';
import { useT } from '../lib/useT';

export const loadLessonsPage = () => import('../lessons/LessonsPage');
export const loadLessonPage = () => import('../lessons/lesson/LessonPage');
const LessonsPage = lazy(() => loadLessonsPage().then((m) => ({ default: m.LessonsPage })));
const LessonPage = lazy(() => loadLessonPage().then((m) => ({ default: m.LessonPage })));

function Loading() {
  const t = useT();
  return (
    <Center h={300}>
      <Loader aria-label={t('app.loading')} />
    </Center>
  );
}

export const LessonsPageLazy = () => (
  <Suspense fallback={<Loading />}>
    <LessonsPage />
  </Suspense>
);

export const LessonPageLazy = () => (
  <Suspense fallback={<Loading />}>
    <LessonPage />
  </Suspense>
);
