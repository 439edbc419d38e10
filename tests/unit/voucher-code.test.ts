import { describe, expect, it } from 'vitest';
import { drawCode, newVoucherCode, type RandomSource } from '../../electron/main/core/domain/vouchers';
import { codeCandidates, isVoucherCode, normalizeCode, VOUCHER_ALPHABET } from '../../shared/voucherCode';
import { mulberry32 } from '../support/mulberry32';

/** A seeded source (mulberry32): the same bytes every run, so a collision can be forced. */
function seeded(seed: number): RandomSource {
  const draw = mulberry32(seed);
  const next = () => draw() & 0xff;
  return (n) => Uint8Array.from({ length: n }, next);
}

describe('voucher codes', () => {
  it('use only the alphabet without look-alikes, four characters after MGV-', () => {
    const codes = Array.from({ length: 5000 }, () => drawCode(4));
    for (const code of codes) {
      expect(code).toMatch(/^MGV-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{4}$/);
      expect(isVoucherCode(code)).toBe(true);
    }
    expect(VOUCHER_ALPHABET).not.toMatch(/[01ILO]/);
    // Every character turns up: the draw is not stuck on part of the alphabet.
    expect(new Set(codes.join('').replaceAll('MGV-', '')).size).toBe(VOUCHER_ALPHABET.length);
  });

  it('are drawn again on a collision, so many stay unique', () => {
    const taken = new Set<string>();
    for (let i = 0; i < 20_000; i += 1) taken.add(newVoucherCode((c) => taken.has(c)));
    expect(taken.size).toBe(20_000);
    // 20,000 of 923,521 four-character codes: collisions happen, yet nearly all stay four long.
    expect([...taken].filter((c) => c.length > 8).length).toBeLessThan(20);
  });

  it('grow by a character after a few collisions at one length, and never fail', () => {
    // The same seed draws the same codes: every four- and five-character draw collides.
    const first = new Set<string>();
    const source = seeded(7);
    for (let i = 0; i < 3; i += 1) first.add(drawCode(4, source));
    for (let i = 0; i < 3; i += 1) first.add(drawCode(5, source));
    const code = newVoucherCode((c) => first.has(c), seeded(7));
    expect(code).toMatch(/^MGV-[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{6}$/);
    expect(first.has(code)).toBe(false);
  });

  it('throws only when the source repeats itself past twelve characters', () => {
    const always = () => new Uint8Array(64).fill(5);
    expect(() => newVoucherCode(() => true, always)).toThrow(/random source/);
  });

  it('are read forgivingly as typed: any case, with or without MGV-, spaces or dashes', () => {
    for (const typed of ['MGV-7Q2K', 'mgv-7q2k', 'mgv 7q2k', '7q2k', ' 7Q-2K ', 'MGV7Q2K', 'm g v – 7 q 2 k']) {
      expect(normalizeCode(typed), typed).toBe('MGV-7Q2K');
    }
    expect(normalizeCode('MG-101')).toBeNull();
    expect(normalizeCode('7Q2')).toBeNull();
    expect(normalizeCode('OIL1')).toBeNull();
    // A code's own characters may start with MGV: both readings are tried.
    expect(codeCandidates('mgv2345')).toEqual(['MGV-2345', 'MGV-MGV2345']);
  });
});
