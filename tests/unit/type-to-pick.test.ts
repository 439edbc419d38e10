// The list fields' matching: best match first, so one letter and Enter takes what a person means.
import { describe, expect, it } from 'vitest';
import { matchOptions } from '../../renderer/src/lib/typeToPick';

const categories = ['Not chosen', 'Billing', 'Booking', 'Cleanliness', 'Communication', 'Other', 'Out of stock', 'Product quality', 'Staff manner', 'Wait or delay', 'Wrong order'].map(
  (label, i) => ({ value: String(i), label }),
);
const labels = (typed: string) => matchOptions(categories, typed).map((o) => o.label);

describe('matchOptions', () => {
  it('puts names that begin with the letters first, then a word that begins with them, then any that hold them', () => {
    expect(labels('c')).toEqual(['Cleanliness', 'Communication', 'Not chosen', 'Out of stock', 'Product quality']);
    expect(labels('o')).toEqual(['Other', 'Out of stock', 'Wait or delay', 'Wrong order', 'Not chosen', 'Booking', 'Communication', 'Product quality']);
    expect(labels('or')).toEqual(['Wait or delay', 'Wrong order']);
    expect(labels('t')).toEqual(['Not chosen', 'Communication', 'Other', 'Out of stock', 'Product quality', 'Staff manner', 'Wait or delay']);
  });

  it('keeps the list order within a rank and everything when nothing (or only spaces) is typed', () => {
    expect(labels('')).toEqual(categories.map((c) => c.label));
    expect(labels('   ')).toEqual(categories.map((c) => c.label));
    expect(labels(' wait ')).toEqual(['Wait or delay']);
  });

  it('is blind to case and accents, both ways, and to compatibility forms', () => {
    const words = [
      { value: 'a', label: 'Überweisung' },
      { value: 'b', label: 'Café crème' },
      { value: 'c', label: 'ﬁle' }, // the "fi" ligature
    ];
    expect(matchOptions(words, 'ub').map((o) => o.value)).toEqual(['a']);
    expect(matchOptions(words, 'CREME').map((o) => o.value)).toEqual(['b']);
    expect(matchOptions(words, 'cafe').map((o) => o.value)).toEqual(['b']);
    expect(matchOptions(words, 'fil').map((o) => o.value)).toEqual(['c']);
    expect(matchOptions([{ value: 'x', label: 'Cafe' }], 'Café').map((o) => o.value)).toEqual(['x']);
  });

  it('finds a word start after a later occurrence inside a word, and treats regex characters as letters', () => {
    expect(matchOptions([{ value: 'x', label: 'Stock out' }], 'o').map((o) => o.value)).toEqual(['x']);
    const odd = [
      { value: '1', label: 'EUR — Euro' },
      { value: '2', label: 'Pay (card)' },
      { value: '3', label: 'a.b' },
    ];
    expect(matchOptions(odd, '(c').map((o) => o.value)).toEqual(['2']);
    expect(matchOptions(odd, '.').map((o) => o.value)).toEqual(['3']);
    expect(matchOptions(odd, 'eu').map((o) => o.value)).toEqual(['1']);
    expect(matchOptions(odd, 'euro').map((o) => o.value)).toEqual(['1']);
  });
});
