// Chart colours from the Mantine theme, a lighter shade on dark, so both schemes stay legible.
import { useComputedColorScheme, useMantineTheme } from '@mantine/core';
import { useMemo } from 'react';
import type { CauseGroup } from '../../../shared/domain';
import type { ChartColors, ChartGroup } from './chartColors';

const GROUP_COLOURS: Record<CauseGroup | 'Undiagnosed', string> = {
  People: 'teal',
  Process: 'blue',
  Equipment: 'orange',
  Supplies: 'grape',
  Place: 'yellow',
  Communication: 'cyan',
  Policy: 'pink',
  Undiagnosed: 'gray',
};

export function useChartColors(): ChartColors {
  const theme = useMantineTheme();
  const dark = useComputedColorScheme('light') === 'dark';
  return useMemo(() => {
    const c = (name: string, light = 6, darkShade = 4) => theme.colors[name]?.[dark ? darkShade : light] ?? '#888';
    return {
      dark,
      c,
      bar: c('teal'),
      line: c('orange', 7, 4),
      before: c('gray', 6, 4),
      after: c('teal', 7, 4),
      rate: c('blue', 6, 4),
      retention: c('grape', 6, 4),
      text: dark ? theme.colors.dark[0] : theme.colors.gray[8],
      grid: dark ? theme.colors.dark[4] : theme.colors.gray[3],
      tooltip: {
        contentStyle: {
          background: dark ? theme.colors.dark[6] : theme.white,
          border: `1px solid ${dark ? theme.colors.dark[4] : theme.colors.gray[3]}`,
          borderRadius: 8,
          color: dark ? theme.colors.dark[0] : theme.black,
        },
        labelStyle: { fontWeight: 700 },
        cursor: { fill: dark ? 'rgba(255,255,255,0.06)' : 'rgba(0,0,0,0.05)' },
      },
      group: (g: ChartGroup) => c(GROUP_COLOURS[g], g === 'Undiagnosed' ? 4 : 6, g === 'Undiagnosed' ? 6 : 4),
    };
  }, [theme, dark]);
}
