// The colour scheme follows settings.theme; `auto` follows the OS.
import { useMantineColorScheme } from '@mantine/core';
import { useEffect } from 'react';
import { useSettings } from '../api/lookups';

export function ThemeSync() {
  const { data } = useSettings();
  const { setColorScheme } = useMantineColorScheme();
  const theme = data?.theme;
  useEffect(() => {
    if (theme) setColorScheme(theme);
  }, [theme, setColorScheme]);
  return null;
}
