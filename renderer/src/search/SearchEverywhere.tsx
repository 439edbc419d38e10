// One search box from any screen: Ctrl/Cmd+K, or `/` outside a field. Arrow keys move through the
// results, Enter opens one, Esc closes. The list is a combobox's listbox: focus stays in the box.
import { Box, Button, Kbd, Modal, Stack, Text, TextInput, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { type KeyboardEvent, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { SEARCH_MAX_CHARS } from '../../../shared/schemas/search';
import { errorMessage } from '../api/call';
import { useCall, useWrite } from '../api/useCall';
import { StatusBadge } from '../lib/badges';
import { VoucherBadge } from '../voucher/VoucherBadge';
import { modKeyLabel } from '../lib/keyboard';
import { useFormat } from '../lib/useFormat';
import { useLabels } from '../lib/useLabels';
import { useT } from '../lib/useT';
import { catchEarlyKeys, type EarlyKeys } from '../quicklog/earlyKeys';
import { searchGroups, type SearchOption } from './searchOptions';
import { useSearchShortcut } from './useSearchShortcut';

const LISTBOX_ID = 'search-everywhere-results';
const INPUT_ID = 'search-everywhere-input';
/** The shortcut's key, shown as it is in every language. */
const SHORTCUT = `${modKeyLabel}+K`;

export function SearchEverywhere() {
  const t = useT();
  // Installed within the key press that opens the box: a fast typist's first letters arrive before it is drawn.
  const [early, setEarly] = useState<EarlyKeys | null>(null);
  const earlyRef = useRef<EarlyKeys | null>(null);
  const opened = early !== null;
  const show = useCallback(() => {
    if (earlyRef.current) return;
    earlyRef.current = catchEarlyKeys(INPUT_ID);
    setEarly(earlyRef.current);
  }, []);
  const hide = useCallback(() => {
    earlyRef.current?.stop();
    earlyRef.current = null;
    setEarly(null);
  }, []);
  useSearchShortcut(opened, show);
  return (
    <>
      <Button
        variant="default"
        fullWidth
        justify="space-between"
        onClick={show}
        aria-keyshortcuts="Control+K Meta+K /"
        rightSection={
          <Kbd size="xs" aria-hidden>
            {SHORTCUT}
          </Kbd>
        }
        styles={{ root: { minHeight: 44 } }}
      >
        {t('search.button')}
      </Button>
      <Modal
        opened={opened}
        onClose={hide}
        title={t('search.title')}
        size={640}
        yOffset="8vh"
        styles={{ title: { fontSize: '1.25rem', fontWeight: 700 } }}
      >
        {early && <SearchBox onOpen={hide} early={early} />}
      </Modal>
    </>
  );
}

function SearchBox({ onOpen, early }: { onOpen: () => void; early: EarlyKeys }) {
  const t = useT();
  const labels = useLabels();
  const navigate = useNavigate();
  const { date, money } = useFormat();
  const write = useWrite();
  const [text, setText] = useState(() => early.text());
  // A redemption's answer, in one sentence, until the next key.
  const [answer, setAnswer] = useState<string | null>(null);
  const [debounced] = useDebouncedValue(text.trim().slice(0, SEARCH_MAX_CHARS), 100);
  const { data, isError, isPlaceholderData } = useCall(
    'search.everywhere',
    { q: debounced },
    // The last answer stays while the next is fetched: the list never empties between keys.
    { enabled: debounced !== '', placeholderData: keepPreviousData, staleTime: 5_000 },
  );
  const shown = debounced === '' ? undefined : data;
  const causeGroup = labels.causeGroup;
  const groups = useMemo(
    () => (shown ? searchGroups(shown, { t, causeGroup, date, money }, debounced) : []),
    [shown, t, causeGroup, date, money, debounced],
  );
  const options = useMemo(() => groups.flatMap((g) => g.options), [groups]);
  // The chosen result (-1: none yet) belongs to the answer it was chosen in: a new answer starts unchosen.
  const [cursor, setCursor] = useState<{ answer: typeof shown; index: number }>({ answer: undefined, index: -1 });
  const active = cursor.answer === shown ? Math.min(cursor.index, options.length - 1) : -1;
  const current: SearchOption | undefined = options[active];

  const open = (option: SearchOption) => {
    if (option.redeem) {
      const { code, description, cost, incidentRef } = option.redeem;
      write('vouchers.redeem', { code })
        .then(() => setAnswer(t('search.redeemed', { code, what: description || money(cost), ref: incidentRef })))
        .catch((error: unknown) => setAnswer(errorMessage(error)));
      return;
    }
    onOpen();
    void navigate(option.to);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (options.length === 0) return;
    const move = (to: number) => {
      e.preventDefault();
      setCursor({ answer: shown, index: (to + options.length) % options.length });
    };
    if (e.key === 'ArrowDown') move(active + 1);
    else if (e.key === 'ArrowUp') move(active <= 0 ? options.length - 1 : active - 1);
    else if (e.key === 'Enter') {
      // Enter before choosing opens the first result (the name typed is usually enough), once
      // the results are for what was typed, not the keys before.
      e.preventDefault();
      const settled = !isPlaceholderData && text.trim().slice(0, SEARCH_MAX_CHARS) === debounced;
      const chosen = current ?? (settled ? options[0] : undefined);
      if (chosen) open(chosen);
    }
  };
  useEffect(() => {
    if (current) document.getElementById(current.id)?.scrollIntoView({ block: 'nearest' });
  }, [current]);

  const expanded = options.length > 0;
  const hint = isError
    ? t('search.noAnswer')
    : shown?.voucher && shown.voucher.voucher === null
      ? shown.voucher.sentence
      : shown && options.length === 0
        ? debounced.trim().length < 2
          ? t('search.tooShort')
          : t('search.nothingFound', { q: debounced })
        : debounced === ''
          ? t('search.hint')
          : '';
  return (
    <Stack gap="sm">
      <TextInput
        id={INPUT_ID}
        data-autofocus
        size="md"
        label={t('search.label')}
        description={t('search.description')}
        value={text}
        maxLength={SEARCH_MAX_CHARS}
        onChange={(e) => {
          setText(e.currentTarget.value);
          setAnswer(null);
        }}
        onKeyDown={onKeyDown}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={LISTBOX_ID}
        aria-activedescendant={expanded && current ? current.id : undefined}
        autoComplete="off"
        spellCheck={false}
      />
      <Text size="sm" c={answer ? undefined : 'dimmed'} fw={answer ? 600 : undefined} aria-live="polite" data-testid="search-answer">
        {answer ?? hint}
      </Text>
      <Box id={LISTBOX_ID} role="listbox" aria-label={t('search.results')} mah="60vh" style={{ overflowY: 'auto' }}>
        {groups.map((g) => (
          <Box key={g.id} role="group" aria-labelledby={`${LISTBOX_ID}-${g.id}`} mb="sm">
            <Text id={`${LISTBOX_ID}-${g.id}`} role="presentation" size="xs" fw={700} tt="uppercase" c="dimmed" px="xs" py={4}>
              {g.heading}
            </Text>
            {g.options.map((o) => {
              const selected = o === current;
              return (
                <UnstyledButton
                  component="div"
                  key={o.id}
                  id={o.id}
                  role="option"
                  aria-selected={selected}
                  tabIndex={-1}
                  // Keeps focus in the box, so the keys keep working after a click.
                  onMouseDown={(e) => e.preventDefault()}
                  onClick={() => open(o)}
                  onMouseMove={() => !selected && setCursor({ answer: shown, index: options.indexOf(o) })}
                  px="xs"
                  py={6}
                  w="100%"
                  style={{
                    display: 'block',
                    borderRadius: 6,
                    background: selected ? 'var(--mantine-primary-color-light)' : undefined,
                    outline: selected ? '2px solid var(--mantine-primary-color-filled)' : undefined,
                    outlineOffset: -2,
                  }}
                >
                  <Box style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
                    <Text fw={600} truncate style={{ flex: 1 }}>
                      {o.label}
                    </Text>
                    {o.incident && <StatusBadge status={o.incident.status} />}
                    {o.voucherStatus && <VoucherBadge status={o.voucherStatus} />}
                  </Box>
                  <Text size="sm" c="dimmed" truncate>
                    {o.detail}
                  </Text>
                </UnstyledButton>
              );
            })}
          </Box>
        ))}
      </Box>
    </Stack>
  );
}
