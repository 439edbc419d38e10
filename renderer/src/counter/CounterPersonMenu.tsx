// The header's "At the counter" control: W opens it, a digit (or type-ahead and Enter) picks the person.
import { Button, Kbd, Menu, Text } from '@mantine/core';
import { type KeyboardEvent as ReactKeyboardEvent, useEffect, useEffectEvent, useRef, useState } from 'react';
import { Link } from 'react-router';
import { isPlainKey } from '../lib/keyboard';
import { useT } from '../lib/useT';
import { useCounterPerson } from './useCounterPerson';

const NOBODY = 'nobody';
const KEY = 'W';

export function CounterPersonMenu() {
  const t = useT();
  const { person, staff, ready, set } = useCounterPerson();
  const [opened, setOpened] = useState(false);
  const targetRef = useRef<HTMLButtonElement>(null);
  // Closing, the menu fades out for a moment; keys typed meanwhile (N, say) must not land on its items.
  const onChange = (next: boolean) => {
    setOpened(next);
    if (!next && document.activeElement?.closest('[data-menu-dropdown]')) targetRef.current?.focus();
  };

  const onKey = useEffectEvent((e: KeyboardEvent) => {
    if (e.key.toLowerCase() !== 'w' || e.shiftKey || !isPlainKey(e)) return;
    e.preventDefault();
    setOpened(true);
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKey(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  // Opened before the staff list arrived: once it is there, the focus goes to the current person.
  const dropdownRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!opened || !ready) return;
    const frame = requestAnimationFrame(() => dropdownRef.current?.querySelector<HTMLElement>('[data-autofocus]')?.focus());
    return () => cancelAnimationFrame(frame);
  }, [opened, ready]);

  const choose = (id: number | null) => {
    set(id);
    onChange(false);
  };
  // 1–9 pick the person at that place in the list, in one keystroke once the menu is open.
  const onDigit = (e: ReactKeyboardEvent) => {
    const n = Number(e.key);
    if (!Number.isInteger(n) || n < 1 || n > Math.min(9, staff.length)) return;
    e.preventDefault();
    choose(staff[n - 1]?.id ?? null);
  };

  const current = person ? String(person.id) : NOBODY;
  return (
    <Menu opened={opened} onChange={onChange} position="bottom-end" withInitialFocusPlaceholder={false} width={260}>
      <Menu.Target>
        <Button
          ref={targetRef}
          variant="default"
          aria-keyshortcuts="W"
          rightSection={
            <Kbd size="xs" aria-hidden>
              {KEY}
            </Kbd>
          }
        >
          <Text span c="dimmed" inherit mr={6}>
            {t('counter.label')}
          </Text>
          {person?.name ?? t('counter.nobodySet')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown ref={dropdownRef} onKeyDown={onDigit}>
        <Menu.Label>{t('counter.menuTitle')}</Menu.Label>
        {!ready ? (
          <Menu.Item disabled data-autofocus>
            {t('counter.loading')}
          </Menu.Item>
        ) : staff.length === 0 ? (
          <Menu.Item component={Link} to="/settings" data-autofocus>
            {t('counter.addStaff')}
          </Menu.Item>
        ) : (
          <Menu.RadioGroup value={current} onChange={(v) => choose(v === NOBODY ? null : Number(v))}>
            {staff.map((s, i) => (
              <Menu.RadioItem
                key={s.id}
                value={String(s.id)}
                data-autofocus={String(s.id) === current || undefined}
                rightSection={i < 9 ? (
                    <Kbd size="xs" aria-hidden>
                      {i + 1}
                    </Kbd>
                  ) : undefined}
              >
                {s.name}
              </Menu.RadioItem>
            ))}
            <Menu.RadioItem value={NOBODY} data-autofocus={current === NOBODY || undefined}>
              {t('counter.nobody')}
            </Menu.RadioItem>
          </Menu.RadioGroup>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
