// The frame: business name, left nav, the always-visible "Log incident" button.
import { AppShell, Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import { useSettings } from '../api/lookups';
import { CounterPersonMenu } from '../counter/CounterPersonMenu';
import { useDiagnoseQueue } from '../diagnose/useDiagnoseQueue';
import { BrowserReminders } from '../followups/BrowserReminders';
import { QuickLogButton } from '../quicklog/QuickLogButton';
import { QuickLogProvider } from '../quicklog/QuickLogProvider';
import { SearchEverywhere } from '../search/SearchEverywhere';
import { UnreachableBanner } from './UnreachableBanner';
import { useGlobalShortcuts } from './useGlobalShortcuts';

const NAV = [
  { to: '/', label: 'Home' },
  { to: '/journal', label: 'Journal' },
  { to: '/diagnose', label: 'To diagnose' },
  { to: '/lessons', label: 'Lessons' },
  { to: '/customers', label: 'Customers' },
  { to: '/patterns', label: 'Patterns' },
  { to: '/compensation', label: 'Compensation' },
  { to: '/reports', label: 'Reports' },
  { to: '/settings', label: 'Settings' },
  { to: '/data', label: 'Import & export' },
];

/** The first Tab stop: straight to the screen's content. A button's job in a link's look, since `#` is the router's. */
function SkipLink() {
  return (
    <a
      href="#content"
      className="mg-skip"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('content')?.focus();
      }}
    >
      Skip to content
    </a>
  );
}

function Shortcuts() {
  useGlobalShortcuts();
  return null;
}

export function Shell() {
  const { pathname } = useLocation();
  const { data: settings } = useSettings();
  const toDiagnose = useDiagnoseQueue(1).data?.total ?? 0;
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));
  return (
    <QuickLogProvider>
      <Shortcuts />
      <BrowserReminders />
      <SkipLink />
      <AppShell header={{ height: 64 }} navbar={{ width: 200, breakpoint: 0 }} padding="md">
        <AppShell.Header px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Text fw={800} size="xl" c="teal">
                Makegood
              </Text>
              <Text component="h2" size="lg" fw={500} truncate m={0}>
                {settings?.businessName || 'Service recovery log'}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <CounterPersonMenu />
              <QuickLogButton />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label="Main">
          <Stack gap={4}>
            <SearchEverywhere />
            {NAV.map((n) => (
              <NavLink
                key={n.to}
                component={Link}
                to={n.to}
                label={n.label}
                rightSection={
                  n.to === '/diagnose' && toDiagnose > 0 ? (
                    <Badge size="md" variant="filled" color="yellow.8">
                      {toDiagnose}
                    </Badge>
                  ) : undefined
                }
                active={isActive(n.to)}
                aria-current={isActive(n.to) ? 'page' : undefined}
                styles={{ root: { minHeight: 44, borderRadius: 8 }, label: { fontSize: '1rem' } }}
              />
            ))}
          </Stack>
        </AppShell.Navbar>
        <AppShell.Main id="content" tabIndex={-1}>
          <UnreachableBanner />
          <Outlet />
        </AppShell.Main>
      </AppShell>
    </QuickLogProvider>
  );
}
