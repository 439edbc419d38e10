// How far a check or an import has got: asked of the core every 300 ms while one runs.
import { useEffect, useState } from 'react';
import type { ImportProgress } from '../../../shared/schemas/data';
import { useWrite } from '../api/useCall';
import type { useT } from '../lib/useT';

const POLL_MS = 300;

/** The latest progress while `active`; null when nothing runs or before the first answer. */
export function useImportProgress(active: boolean): ImportProgress | null {
  const write = useWrite();
  const [progress, setProgress] = useState<ImportProgress | null>(null);
  useEffect(() => {
    if (!active) return;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The next question waits for the last answer, so a slow one never piles requests up.
    const ask = async () => {
      try {
        const answer = await write('data.importProgress', {}, { wait: false });
        if (!stopped) setProgress(answer);
      } catch {
        // A missed answer only delays the bar; the next one comes in 300 ms.
      }
      if (!stopped) timer = setTimeout(() => void ask(), POLL_MS);
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
      setProgress(null);
    };
  }, [active, write]);
  return active ? progress : null;
}

/** The bar's words and value (null: not known yet, the bar runs striped). */
export function describeProgress(
  p: ImportProgress | null,
  importing: boolean,
  count: (n: number) => string,
  t: ReturnType<typeof useT>,
): { label: string; value: number | null } {
  const percent = p ? Math.round(p.done * 100) : 0;
  const rows = p && p.rows > 0 ? ` · ${t('data.progress.rows', { count: p.rows, n: count(p.rows) })}` : '';
  switch (p?.phase) {
    case 'reading':
      return { label: t('data.progress.reading', { percent }) + rows, value: percent };
    case 'checking':
      return { label: t('data.progress.checking', { percent }) + rows, value: percent };
    case 'writing':
      return { label: t('data.progress.writing', { percent }) + rows, value: percent };
    default:
      return { label: t(importing ? 'data.progress.importing' : 'data.progress.starting'), value: null };
  }
}
