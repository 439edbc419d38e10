import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from 'react-router';
import { ApiError } from '../api/call';
import { useLiveUpdates } from '../api/liveUpdates';
import { I18nProvider } from './I18n';
import { router } from './router';
import { cssVariablesResolver, theme } from './theme';
import { ThemeSync } from './ThemeSync';
import { usePrefetchScreens } from './usePrefetchScreens';

const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      // A user error (bad filter, missing record) will not fix itself by asking again.
      retry: (count, error) => !(error instanceof ApiError && error.code !== 'INTERNAL') && count < 2,
      refetchOnWindowFocus: false,
    },
  },
});

export function App() {
  usePrefetchScreens();
  // Another counter's save shows here within a few seconds.
  useLiveUpdates(queryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="auto">
      <QueryClientProvider client={queryClient}>
        <I18nProvider>
          <ThemeSync />
          <Notifications position="top-right" />
          <RouterProvider router={router} />
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
