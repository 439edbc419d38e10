import { describe, expect, it } from 'vitest';
import { reportFormat } from '../../renderer/src/report/reportFormat';
import { clipText, ellipsize } from '../../shared/text';

describe('cutting text for a narrow place', () => {
  it('never cuts an emoji, a flag, a family or a letter with its accents in half', () => {
    expect(clipText('ab👍', 3)).toBe('ab');
    expect(clipText('a👩‍👩‍👧‍👦b', 5)).toBe('a');
    expect(clipText('e\u0301\u0302x', 2)).toBe('');
    expect(clipText('🏳️‍🌈🏳️‍🌈', 7)).toBe('🏳️‍🌈');
    expect(clipText('𠀀𠀀', 3)).toBe('𠀀');
  });

  it('keeps text that fits, and cuts the rest to the limit with an ellipsis', () => {
    expect(ellipsize('short', 10)).toBe('short');
    expect(ellipsize('a'.repeat(20), 10)).toBe(`${'a'.repeat(9)}…`);
    expect(ellipsize(`${'a'.repeat(8)}👍👍`, 10)).toBe(`${'a'.repeat(8)}…`);
    // No half of a surrogate pair is ever left over.
    for (let max = 2; max < 40; max++) expect(ellipsize('x😢'.repeat(20), max)).not.toMatch(/\p{Cs}/u);
  });

  it('the report shortens RTL and emoji text without broken characters', () => {
    const f = reportFormat('en-US', 'USD');
    const cut = f.short('שלום 👩‍👩‍👧‍👦👩‍👩‍👧‍👦👩‍👩‍👧‍👦 مرحبا', 12);
    expect(cut.endsWith('…')).toBe(true);
    expect(cut).not.toMatch(/\p{Cs}|\u200d…/u);
  });
});
