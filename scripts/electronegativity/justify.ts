// Which Electronegativity findings are justified by a comment beside the flagged code, and which
// comments justify nothing. Pure functions over text, so the rules are tested without the tool.
//
// The marker, in any comment style (//, /* */, {/* */}, <!-- -->):
//   // electronegativity: CHECK_ID — why this finding is a false positive here
// It justifies a finding of CHECK_ID on its own line or on the first code line below the run of
// comment lines it sits in. A finding of a global check (no file or line, e.g. "no CSP found")
// is justified by a marker naming that check anywhere in the scanned sources.

export interface Finding {
  check: string;
  /** Path relative to the scanned root, or 'N/A' for a global check. */
  file: string;
  /** 1-based; 0 for a global check. */
  line: number;
  description?: string;
}

export interface Marker {
  check: string;
  file: string;
  line: number;
  reason: string;
}

export interface Verdict {
  justified: { finding: Finding; marker: Marker }[];
  unjustified: Finding[];
  /** Markers that justify no finding: stale, misspelt or misplaced. */
  unused: Marker[];
  /** Markers whose reason is missing or too short to tell a reader why. */
  unexplained: Marker[];
}

/** A reason must say something: at least this many characters once trimmed. */
export const MIN_REASON_LENGTH = 20;

const MARKER = /electronegativity:\s*([A-Z][A-Z0-9_]*)\b\s*(?:—|–|--|-|:)?\s*(.*)$/;
const COMMENT_END = /\s*(?:\*\/\s*\}?|-->)\s*$/;
const COMMENT_LINE = /^\s*(?:\/\/|\/\*|\*|\{\/\*|<!--)/;

/** Every marker in one file's text. */
export function findMarkers(file: string, text: string): Marker[] {
  const markers: Marker[] = [];
  text.split(/\r?\n/).forEach((content, index) => {
    const match = MARKER.exec(content);
    if (!match?.[1]) return;
    markers.push({ check: match[1], file, line: index + 1, reason: (match[2] ?? '').replace(COMMENT_END, '').trim() });
  });
  return markers;
}

/** The lines a marker on `line` speaks for: its own, and, from a comment of its own, the first code line below its comment run. */
function coveredLines(lines: readonly string[], line: number): number[] {
  const covered = [line];
  if (!COMMENT_LINE.test(lines[line - 1] ?? '')) return covered; // a comment after code speaks for that line only
  let next = line; // 1-based line numbers; lines[next] is the line after `next`
  while (next < lines.length && COMMENT_LINE.test(lines[next] ?? '')) next++;
  if (next < lines.length) covered.push(next + 1);
  return covered;
}

const isGlobal = (f: Finding) => f.file === 'N/A' || f.line <= 0;

/** Sorts findings into justified and not, given the scanned files' text by relative path. */
export function judge(findings: readonly Finding[], sources: ReadonlyMap<string, string>): Verdict {
  const markers = [...sources].flatMap(([file, text]) => findMarkers(file, text));
  const unexplained = markers.filter((m) => m.reason.length < MIN_REASON_LENGTH);
  const usable = markers.filter((m) => m.reason.length >= MIN_REASON_LENGTH);
  const used = new Set<Marker>();
  const verdict: Verdict = { justified: [], unjustified: [], unused: [], unexplained };

  for (const finding of findings) {
    const marker = usable.find((m) => {
      if (m.check !== finding.check) return false;
      if (isGlobal(finding)) return true;
      if (m.file !== finding.file) return false;
      const lines = (sources.get(m.file) ?? '').split(/\r?\n/);
      return coveredLines(lines, m.line).includes(finding.line);
    });
    if (marker) {
      used.add(marker);
      verdict.justified.push({ finding, marker });
    } else {
      verdict.unjustified.push(finding);
    }
  }
  verdict.unused = usable.filter((m) => !used.has(m));
  return verdict;
}

/** True when the verdict lets CI pass. */
export const passes = (v: Verdict) => v.unjustified.length === 0 && v.unused.length === 0 && v.unexplained.length === 0;
