// The frame: business name, left nav, the always-visible "Log incident" button.
import { AppShell, Badge, Group, NavLink, Stack, Text } from '@mantine/core';
import { Link, Outlet, useLocation } from 'react-router';
import type { MessageId } from '../../../shared/i18n/catalog';
import { useSettings } from '../api/lookups';
import { CounterPersonMenu } from '../counter/CounterPersonMenu';
import { useDiagnoseQueue } from '../diagnose/useDiagnoseQueue';
import { BrowserReminders } from '../followups/BrowserReminders';
import { QuickLogButton } from '../quicklog/QuickLogButton';
import { QuickLogProvider } from '../quicklog/QuickLogProvider';
import { useT } from '../lib/useT';
import { SearchEverywhere } from '../search/SearchEverywhere';
import { UnreachableBanner } from './UnreachableBanner';
import { useGlobalShortcuts } from './useGlobalShortcuts';

const NAV: { to: string; label: MessageId }[] = [
  { to: '/', label: 'shell.nav.home' },
  { to: '/journal', label: 'shell.nav.journal' },
  { to: '/diagnose', label: 'shell.nav.diagnose' },
  { to: '/lessons', label: 'shell.nav.lessons' },
  { to: '/customers', label: 'shell.nav.customers' },
  { to: '/patterns', label: 'shell.nav.patterns' },
  { to: '/compensation', label: 'shell.nav.compensation' },
  { to: '/reports', label: 'shell.nav.reports' },
  { to: '/settings', label: 'shell.nav.settings' },
  { to: '/data', label: 'shell.nav.data' },
];

/** The first Tab stop: straight to the screen's content. A button's job in a link's look, since `#` is the router's. */
function SkipLink() {
  const t = useT();
  return (
    <a
      href="#content"
      className="mg-skip"
      onClick={(e) => {
        e.preventDefault();
        document.getElementById('content')?.focus();
      }}
    >
      {t('shell.skipToContent')}
    </a>
  );
}

function Shortcuts() {
  useGlobalShortcuts();
  return null;
}

export function Shell() {
  const t = useT();
  const { pathname } = useLocation();
  const { data: settings } = useSettings();
  const toDiagnose = useDiagnoseQueue(1).data?.total ?? 0;
  const isActive = (to: string) => (to === '/' ? pathname === '/' : pathname.startsWith(to));
  return (
    <QuickLogProvider>
      <Shortcuts />
      <BrowserReminders />
      <SkipLink />
      <AppShell header={{ height: 64 }} navbar={{ width: 224, breakpoint: 0 }} padding="md">
        <AppShell.Header px="md">
          <Group h="100%" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Text fw={800} size="xl" c="teal">
                {t('app.name')}
              </Text>
              <Text component="h2" size="lg" fw={500} truncate m={0}>
                {settings?.businessName || t('shell.subtitle')}
              </Text>
            </Group>
            <Group gap="sm" wrap="nowrap">
              <CounterPersonMenu />
              <QuickLogButton />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar p="sm" aria-label={t('shell.nav.label')}>
          <Stack gap={4}>
            <SearchEverywhere />
            {NAV.map((n) => (
              <NavLink
                key={n.to}
                component={Link}
                to={n.to}
                label={t(n.label)}
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
