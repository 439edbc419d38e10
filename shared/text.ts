// Cutting text for a narrow place without breaking a character a person sees: an emoji, a flag, a
// letter with combining marks, an astral character. Slicing UTF-16 units can cut one in half,
// which shows as "�" or as a different emoji (a family cut at a zero-width joiner).

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

/** The longest start of `text` of at most `max` UTF-16 units that ends between two graphemes. */
export function clipText(text: string, max: number): string {
  if (text.length <= max) return text;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return text.slice(0, end);
}

/** `text` if it fits in `max` units, else its start and an ellipsis, `max` units in all at most. */
export const ellipsize = (text: string, max: number): string => (text.length > max ? `${clipText(text, max - 1)}…` : text);
