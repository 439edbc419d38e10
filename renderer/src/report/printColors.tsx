// Chart colours for paper: dark text, a light grid, and a hatch per cause group, so the
// stacks still read when the page comes out of a black-and-white printer.
import type { ChartColors, ChartGroup } from '../patterns/chartColors';

/** Mantine's light shades, spelled out: the report never follows the app's dark scheme. */
const FILL: Record<ChartGroup, string> = {
  People: '#0ca678',
  Process: '#74c0fc',
  Equipment: '#ffc078',
  Supplies: '#e599f7',
  Place: '#ffe066',
  Communication: '#66d9e8',
  Policy: '#faa2c1',
  Undiagnosed: '#e9ecef',
};

/** The hatch drawn over each group's colour: none for the two solids (one dark, one pale). */
const HATCH: Record<ChartGroup, string | null> = {
  People: null,
  Process: 'M0,8 L8,0',
  Equipment: 'M0,8 L8,0 M0,0 L8,8',
  Supplies: 'dots',
  Place: 'M0,4 L8,4',
  Communication: 'M0,0 L8,8',
  Policy: 'M4,0 L4,8',
  Undiagnosed: null,
};

const patternId = (g: ChartGroup) => `mg-print-${g}`;

/** The hatches, once per page; bars refer to them by `url(#id)`. */
export function PrintPatterns() {
  return (
    <svg width="0" height="0" style={{ position: 'absolute' }} aria-hidden="true">
      <defs>
        {(Object.keys(FILL) as ChartGroup[]).map((g) => {
          const hatch = HATCH[g];
          return (
            <pattern key={g} id={patternId(g)} width="8" height="8" patternUnits="userSpaceOnUse">
              <rect width="8" height="8" fill={FILL[g]} />
              {hatch === 'dots' ? <circle cx="4" cy="4" r="1.6" fill="#212529" /> : hatch ? <path d={hatch} stroke="#212529" strokeWidth="1.2" /> : null}
            </pattern>
          );
        })}
      </defs>
    </svg>
  );
}

const text = '#212529';
const grid = '#ced4da';

export const printColors: ChartColors = {
  dark: false,
  c: () => text,
  bar: '#495057',
  line: '#000000',
  before: '#868e96',
  after: '#212529',
  rate: '#212529',
  retention: '#495057',
  text,
  grid,
  tooltip: { contentStyle: { background: '#fff', border: `1px solid ${grid}`, borderRadius: 8, color: '#000' }, labelStyle: { fontWeight: 700 }, cursor: { fill: 'transparent' } },
  group: (g: ChartGroup) => `url(#${patternId(g)})`,
};
