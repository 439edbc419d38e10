// Who may open the quick log (shortcut, button, notification), and the offer of a waiting draft on start.
import { Button, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { loadDraft } from './draftApi';
import { QuickLogModal } from './QuickLogModal';
import { hasContent } from './values';

const QuickLogContext = createContext<{ open: () => void } | null>(null);

export function useQuickLog() {
  const ctx = useContext(QuickLogContext);
  if (!ctx) throw new Error('useQuickLog needs QuickLogProvider');
  return ctx;
}

const OFFER_ID = 'quick-log-draft-offer';

export function QuickLogProvider({ children }: { children: ReactNode }) {
  const [opened, setOpened] = useState(false);
  const open = useCallback(() => {
    notifications.hide(OFFER_ID);
    setOpened(true);
  }, []);
  const value = useMemo(() => ({ open }), [open]);

  useEffect(() => {
    let cancelled = false;
    loadDraft()
      .then((draft) => {
        if (cancelled || !hasContent(draft)) return;
        notifications.show({
          id: OFFER_ID,
          title: 'An unsaved incident is waiting',
          autoClose: false,
          message: (
            <>
              <Text size="sm" lineClamp={2} mb="xs">
                {draft?.whatHappened || 'A half-typed entry'}
              </Text>
              <Button size="sm" onClick={open}>
                Continue the unsaved incident
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
      <QuickLogModal opened={opened} onClose={() => setOpened(false)} />
    </QuickLogContext.Provider>
  );
}
