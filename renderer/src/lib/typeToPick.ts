// What a type-to-pick list shows for the letters typed: the names that begin with them first, then
// those with a word that begins with them, then any that hold them; case- and accent-blind, so
// "cafe" finds "Café" and "ub" finds "Überweisung".
import type { Option } from './options';

const fold = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();

/** Where `label` matches `typed`: 0 begins with it, 1 a word begins with it, 2 holds it; null not at all. */
function rank(label: string, typed: string): 0 | 1 | 2 | null {
  const at = label.indexOf(typed);
  if (at < 0) return null;
  if (at === 0) return 0;
  for (let i = at; i >= 0; i = label.indexOf(typed, i + 1)) {
    if (!/[\p{L}\p{N}]/u.test(label[i - 1]!)) return 1;
  }
  return 2;
}

/** The options matching `typed`, best first, keeping the list's order within each rank; all of them when nothing is typed. */
export function matchOptions<T extends Option>(options: readonly T[], typed: string): T[] {
  const q = fold(typed.trim());
  if (q === '') return [...options];
  const ranked: T[][] = [[], [], []];
  for (const o of options) {
    const r = rank(fold(o.label), q);
    if (r !== null) ranked[r]!.push(o);
  }
  return ranked.flat();
}
