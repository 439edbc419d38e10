// Who may open the quick log (shortcut, button, notification), and the offer of a waiting draft on start.
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useRef, useState } from 'react';
import { Say } from '../lib/Say';
import { loadDraft } from './draftApi';
import { draftKeptHere } from './offline';
import { catchEarlyKeys, type EarlyKeys } from './earlyKeys';
import type { SavedIncident } from './QuickLogForm';
import { QuickLogModal } from './QuickLogModal';
import { showSaved } from './showSaved';
import { useOfflineSaves } from './useOfflineSaves';
import { hasContent } from './values';

const QuickLogContext = createContext<{ open: () => void } | null>(null);

export function useQuickLog() {
  const ctx = useContext(QuickLogContext);
  if (!ctx) throw new Error('useQuickLog needs QuickLogProvider');
  return ctx;
}

const OFFER_ID = 'quick-log-draft-offer';

export function QuickLogProvider({ children }: { children: ReactNode }) {
  const [early, setEarly] = useState<EarlyKeys | null>(null);
  const earlyRef = useRef<EarlyKeys | null>(null);
  // Where the focus was when the quick log opened: it goes back there when the dialog closes.
  const cameFrom = useRef<HTMLElement | null>(null);

  const open = useCallback(() => {
    notifications.hide(OFFER_ID);
    if (earlyRef.current) return;
    const active = document.activeElement;
    cameFrom.current = active instanceof HTMLElement && active !== document.body ? active : null;
    // Installed now, within the key press: the next key may arrive before the dialog is drawn.
    earlyRef.current = catchEarlyKeys();
    setEarly(earlyRef.current);
  }, []);
  const value = useMemo(() => ({ open }), [open]);
  useOfflineSaves();

  const close = (saved: SavedIncident | null) => {
    earlyRef.current?.stop();
    earlyRef.current = null;
    setEarly(null);
    if (saved) showSaved(saved.id, saved.ref, cameFrom.current);
    else if (cameFrom.current?.isConnected) cameFrom.current.focus();
  };

  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .catch(() => null)
      .then((fromServer) => {
        const draft = draftKeptHere() ?? fromServer;
        if (cancelled || !hasContent(draft)) return;
        notifications.show({
          id: OFFER_ID,
          title: <Say id="quicklog.offer.title" />,
          autoClose: false,
          message: (
            <>
              <Text size="sm" lineClamp={2} mb="xs">
                {draft?.whatHappened || <Say id="quicklog.offer.halfTyped" />}
              </Text>
              <Button size="sm" onClick={open}>
                <Say id="quicklog.offer.continue" />
              </Button>
            </>
          ),
        });
      })
      .catch(() => undefined); // No draft to offer is not worth an error on start.
    return () => {
      cancelled = true;
    };
  }, [open]);

  return (
    <QuickLogContext.Provider value={value}>
      {children}
      <QuickLogModal opened={early !== null} early={early} onClose={close} />
    </QuickLogContext.Provider>
  );
}
