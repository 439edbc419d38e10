// The one decoder for files a user hands us (the command line and the app): UTF-8 or a refusal
// naming the line of the first byte that is not UTF-8, never "�" in place of what the bytes meant.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeUtf8 } from '../../shared/utf8';

const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

describe('decodeUtf8', () => {
  it('reads UTF-8, drops a BOM, and keeps a "�" the file itself holds', () => {
    expect(decodeUtf8(bytes('a,b\nCafé,☕ 🍰\n'))).toEqual({ ok: true, text: 'a,b\nCafé,☕ 🍰\n' });
    expect(decodeUtf8(bytes([0xef, 0xbb, 0xbf], 'a,b\n'))).toEqual({ ok: true, text: 'a,b\n' });
    expect(decodeUtf8(bytes('broken: \uFFFD\n'))).toEqual({ ok: true, text: 'broken: \uFFFD\n' });
  });

  it('refuses a Windows-1252 "é" with its line, counting a CRLF inside a quoted cell once', () => {
    const file = bytes([0xef, 0xbb, 0xbf], 'a,b\r\n"two\r\nlines",1\r\nCaf', [0xe9], ',2\r\n');
    expect(decodeUtf8(file)).toEqual({
      ok: false,
      line: 4,
      reason:
        'the file is not UTF-8 text: line 4 has a byte (0xE9) after “Caf” that UTF-8 does not use, as in a file saved in another encoding (such as Windows-1252); save it as “CSV UTF-8” and import it again',
    });
  });

  it('finds the bad byte past a "�" the file holds, and past lone CR line breaks', () => {
    const file = bytes('x\uFFFD\ry\r', [0x80], '\n');
    expect(decodeUtf8(file)).toMatchObject({ ok: false, line: 3, reason: expect.stringContaining('(0x80) at the start of the line') });
  });

  it('refuses what TextDecoder refuses: a cut sequence at the end, an overlong form, a surrogate', () => {
    expect(decodeUtf8(bytes('a\n\n', [0xe2, 0x82]))).toMatchObject({ ok: false, line: 3 });
    expect(decodeUtf8(bytes('a', [0xc0, 0xaf]))).toMatchObject({ ok: false, line: 1 });
    expect(decodeUtf8(bytes('a\nb', [0xed, 0xa0, 0x80]))).toMatchObject({ ok: false, line: 2 });
  });

  it('agrees with a fatal TextDecoder on any bytes, and names the line where a streaming one first throws', () => {
    const lineBreaks = fc.constantFrom([0x0a], [0x0d], [0x0d, 0x0a]);
    const chunk = fc.oneof(fc.uint8Array({ maxLength: 6 }).map((a) => [...a]), lineBreaks, fc.string({ unit: 'grapheme', maxLength: 4 }).map((s) => [...Buffer.from(s)]));
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 12 }), (chunks) => {
        const file = Uint8Array.from(chunks.flat());
        const decoded = decodeUtf8(file);
        let throwsAt = -1;
        const stream = new TextDecoder('utf-8', { fatal: true });
        for (let i = 0; i < file.length && throwsAt < 0; i += 1) {
          try {
            stream.decode(file.subarray(i, i + 1), { stream: true });
          } catch {
            throwsAt = i;
          }
        }
        if (throwsAt < 0) {
          try {
            stream.decode();
          } catch {
            throwsAt = file.length;
          }
        }
        expect(decoded.ok).toBe(throwsAt < 0);
        if (!decoded.ok) {
          const breaks = [...Buffer.from(file).toString('latin1').matchAll(/\r\n|\n|\r/g)];
          const line = 1 + breaks.filter((m) => m.index < throwsAt).length;
          expect(decoded.line).toBe(line);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
