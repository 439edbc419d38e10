// Filters that live in the URL query (journal, lessons), so any screen can link to "filtered to X".
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';

/** The named query parameters as strings ('' when absent), with a setter and a clear. */
export function useQueryParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const raw = useMemo(() => Object.fromEntries(keys.map((k) => [k, params.get(k) ?? ''])) as Record<K, string>, [keys, params]);
  const set = useCallback(
    (key: K, value: string) =>
      setParams(
        (prev) => {
          const next = new URLSearchParams(prev);
          if (value) next.set(key, value);
          else next.delete(key);
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );
  const clear = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams]);
  return { raw, set, clear, active: keys.some((k) => raw[k] !== '') };
}

/** A positive whole number from a query value, or undefined. */
export const positiveInt = (s: string | null) => {
  const n = Number(s);
  return s && Number.isInteger(n) && n > 0 ? n : undefined;
};

/** The value if it is one of `list`, or undefined. */
export const oneOf = <T extends string>(list: readonly T[], s: string | null): T | undefined => list.find((x) => x === s);
