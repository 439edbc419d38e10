// Figures as the screen shows them: null is "–", never 0 or NaN; shares are fractions shown as %.
export const DASH = '–';

export const pct = (share: number | null | undefined): string =>
  share === null || share === undefined || Number.isNaN(share) ? DASH : `${Math.round(share * 100)}%`;

/** NPS with its sign: "+25", "−40", "0". */
export const npsText = (n: number | null | undefined): string =>
  n === null || n === undefined ? DASH : n > 0 ? `+${n}` : n < 0 ? `−${Math.abs(n)}` : '0';

/** For a chart's data: a share as 0–100, or null so the line leaves a gap. */
export const asPercent = (share: number | null): number | null => (share === null ? null : Math.round(share * 1000) / 10);
