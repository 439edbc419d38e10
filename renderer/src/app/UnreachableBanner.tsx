// At the top of every screen while the shared database cannot be reached (api/reachability.ts):
// what happened and what still works, in plain words. It asks again every few seconds and goes
// by itself once a call succeeds; then every screen refetches what failed meanwhile.
import { Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { call, invalidateAll } from '../api/call';
import { useUnreachable } from '../api/reachability';
import { useT } from '../lib/useT';

export const RETRY_MS = 3000;

export function UnreachableBanner() {
  const t = useT();
  const unreachable = useUnreachable();
  const client = useQueryClient();
  const was = useRef(unreachable);
  const [banner, setBanner] = useState<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!unreachable) return;
    // app.info reads the schema's version: the cheapest call that needs the server. Its answer updates the state.
    const timer = window.setInterval(() => void call('app.info', {}).catch(() => undefined), RETRY_MS);
    return () => window.clearInterval(timer);
  }, [unreachable]);

  useEffect(() => {
    // Back: the screens that failed meanwhile ask again.
    if (was.current && !unreachable) void invalidateAll(client);
    was.current = unreachable;
  }, [unreachable, client]);

  useEffect(() => {
    // Notes (saved, kept) start below the banner, not over its words (app.css).
    const root = document.documentElement.style;
    if (!banner) return;
    const observer = new ResizeObserver(() => root.setProperty('--mg-banner-height', `${banner.offsetHeight}px`));
    observer.observe(banner);
    root.setProperty('--mg-banner-height', `${banner.offsetHeight}px`);
    return () => {
      observer.disconnect();
      root.removeProperty('--mg-banner-height');
    };
  }, [banner]);

  if (!unreachable) return null;
  return (
    <div ref={setBanner} role="alert" aria-labelledby="unreachable-title" className="mg-unreachable">
      <Text component="p" id="unreachable-title" fw={700} fz="xl" m={0}>
        {t('app.unreachable.title')}
      </Text>
      <Text component="p" fz="lg" m={0} mt={4}>
        {t('app.unreachable.body')}
      </Text>
    </div>
  );
}
