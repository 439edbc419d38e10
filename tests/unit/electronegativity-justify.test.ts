// The rules CI's Electronegativity gate applies (scripts/electronegativity/justify.ts).
import { describe, expect, it } from 'vitest';
import { type Finding, findMarkers, judge, MIN_REASON_LENGTH, passes } from '../../scripts/electronegativity/justify';

const WHY = 'the window-open handler denies every new window';
const file = (...lines: string[]) => lines.join('\n');
const finding = (check: string, line: number, path = 'electron/main/window.ts'): Finding => ({ check, file: path, line });

const windowTs = (marker: string | null, blankBetween = false) =>
  file(
    "import { BrowserWindow } from 'electron';", // 1
    'export function open() {', // 2
    ...(marker === null ? [] : [marker]), // 3
    ...(blankBetween ? [''] : []),
    '  return new BrowserWindow({ webPreferences: { sandbox: true } });', // 3, 4 or 5
    '}',
  );

describe('a finding', () => {
  it('is justified by a marker for its check on the line above', () => {
    const sources = new Map([['electron/main/window.ts', windowTs(`  // electronegativity: AUXCLICK_JS_CHECK — ${WHY}`)]]);
    const verdict = judge([finding('AUXCLICK_JS_CHECK', 4)], sources);
    expect(verdict.unjustified).toEqual([]);
    expect(verdict.justified.map((j) => j.marker.reason)).toEqual([WHY]);
    expect(passes(verdict)).toBe(true);
  });

  it('is not justified without a marker, and CI fails', () => {
    const verdict = judge([finding('AUXCLICK_JS_CHECK', 3)], new Map([['electron/main/window.ts', windowTs(null)]]));
    expect(verdict.unjustified).toEqual([finding('AUXCLICK_JS_CHECK', 3)]);
    expect(passes(verdict)).toBe(false);
  });

  it('is not justified by a marker for another check, which is then reported as unused', () => {
    const sources = new Map([['electron/main/window.ts', windowTs(`  // electronegativity: PRELOAD_JS_CHECK — ${WHY}`)]]);
    const verdict = judge([finding('AUXCLICK_JS_CHECK', 4)], sources);
    expect(verdict.unjustified).toHaveLength(1);
    expect(verdict.unused.map((m) => [m.check, m.line])).toEqual([['PRELOAD_JS_CHECK', 3]]);
  });

  it('is not justified by a marker cut off from it by a blank line, or in another file', () => {
    const apart = judge([finding('AUXCLICK_JS_CHECK', 5)], new Map([['electron/main/window.ts', windowTs(`  // electronegativity: AUXCLICK_JS_CHECK — ${WHY}`, true)]]));
    expect(apart.unjustified).toHaveLength(1);
    expect(apart.unused).toHaveLength(1);
    const elsewhere = judge(
      [finding('AUXCLICK_JS_CHECK', 4)],
      new Map([
        ['electron/main/window.ts', windowTs(null)],
        ['electron/main/report.ts', windowTs(`  // electronegativity: AUXCLICK_JS_CHECK — ${WHY}`)],
      ]),
    );
    expect(elsewhere.unjustified).toHaveLength(1);
  });

  it('is justified from anywhere in the comment run just above it, and by a comment at the end of its own line', () => {
    const stacked = file(
      '// electronegativity: AUXCLICK_JS_CHECK — a first reason, long enough to read',
      '// electronegativity: PRELOAD_JS_CHECK — a second reason, long enough to read',
      '/* and a plain comment */',
      'new BrowserWindow({ webPreferences: { preload } });',
    );
    const both = judge([finding('AUXCLICK_JS_CHECK', 4), finding('PRELOAD_JS_CHECK', 4)], new Map([['electron/main/window.ts', stacked]]));
    expect(both.unjustified).toEqual([]);
    expect(both.unused).toEqual([]);

    const trailing = file(`new BrowserWindow({}); // electronegativity: AUXCLICK_JS_CHECK — ${WHY}`, 'new BrowserWindow({});');
    const onTrailing = judge([finding('AUXCLICK_JS_CHECK', 1), finding('AUXCLICK_JS_CHECK', 2)], new Map([['electron/main/window.ts', trailing]]));
    // A comment after code speaks for that line only, never for the next.
    expect(onTrailing.unjustified).toEqual([finding('AUXCLICK_JS_CHECK', 2)]);
  });

  it('of a global check (no file, no line) is justified by a marker naming it anywhere', () => {
    const global: Finding = { check: 'CSP_GLOBAL_CHECK', file: 'N/A', line: 0 };
    const withMarker = new Map([['electron/main/server/security.ts', `// electronegativity: CSP_GLOBAL_CHECK — sent as a header, ${WHY}\nexport const CSP = '';`]]);
    expect(judge([global], withMarker).unjustified).toEqual([]);
    expect(judge([global], new Map([['electron/main/server/security.ts', "export const CSP = '';"]])).unjustified).toEqual([global]);
  });
});

describe('a marker', () => {
  it('must say why: a bare or short one justifies nothing and fails CI itself', () => {
    const bare = windowTs('  // electronegativity: AUXCLICK_JS_CHECK');
    const short = windowTs('  // electronegativity: AUXCLICK_JS_CHECK — fine');
    for (const text of [bare, short]) {
      const verdict = judge([finding('AUXCLICK_JS_CHECK', 4)], new Map([['electron/main/window.ts', text]]));
      expect(verdict.unjustified).toHaveLength(1);
      expect(verdict.unexplained).toHaveLength(1);
      expect(passes(verdict)).toBe(false);
    }
    expect('fine'.length).toBeLessThan(MIN_REASON_LENGTH);
  });

  it('that justifies no finding fails CI, so a fixed finding takes its excuse with it', () => {
    const verdict = judge([], new Map([['electron/main/window.ts', windowTs(`  // electronegativity: AUXCLICK_JS_CHECK — ${WHY}`)]]));
    expect(verdict.unused).toHaveLength(1);
    expect(passes(verdict)).toBe(false);
  });

  it('is read from HTML and JSX comments without their closing marks', () => {
    expect(findMarkers('renderer/index.html', `<!-- electronegativity: CSP_HTML_CHECK — ${WHY} -->`)).toEqual([
      { check: 'CSP_HTML_CHECK', file: 'renderer/index.html', line: 1, reason: WHY },
    ]);
    expect(findMarkers('renderer/src/App.tsx', `x\n  {/* electronegativity: OPEN_EXTERNAL_JS_CHECK - ${WHY} */}`)).toEqual([
      { check: 'OPEN_EXTERNAL_JS_CHECK', file: 'renderer/src/App.tsx', line: 2, reason: WHY },
    ]);
  });
});
