// What migration 15 says in its frozen SQL, said once for the code that reads and writes its day
// tables (figures/dayTotals.ts, domain/dayTotals.ts).

/** The one shape of instant the app writes (2026-11-30T09:15:00.000Z): only these count in the day tables. */
export const INSTANT_SHAPE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** The same shape as a SQLite GLOB pattern, quoted. */
export const SQLITE_INSTANT_GLOB = `'[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T[0-9][0-9]:[0-9][0-9]:[0-9][0-9].[0-9][0-9][0-9]Z'`;

/** A score's band in SQL, as the figures count it: detractor 0–6, passive 7–8, promoter 9–10, 'none' when not asked. */
export const scoreBandSql = (score: string) =>
  `CASE WHEN ${score} IS NULL THEN 'none' WHEN ${score} <= 6 THEN 'detractor' WHEN ${score} <= 8 THEN 'passive' ELSE 'promoter' END`;
