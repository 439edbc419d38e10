// A file's bytes → its text, where bytes become text: the command line (reading the file) and the
// app (reading the file the user picked). Text that is not UTF-8 is refused with the line it is on,
// never stored with "�" in place of what the bytes meant. Other encodings are another matter (issue 14).

export type Decoded = { ok: true; text: string } | { ok: false; line: number; reason: string };

/** Drops a leading UTF-8 BOM (ignoreBOM: false), as spreadsheets write one. */
const strict = new TextDecoder('utf-8', { fatal: true });
const lenient = new TextDecoder('utf-8');
const encoder = new TextEncoder();

const hasBom = (b: Uint8Array) => b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;

/**
 * The offset of the first byte that is not UTF-8. TextDecoder does not say where, so the lenient
 * decoding is walked instead: everything before its first "�" was valid, so its length in UTF-8
 * is the offset, unless that "�" was written in the file itself (EF BF BD), when the walk goes on.
 */
function firstBadByte(bytes: Uint8Array): number {
  const text = lenient.decode(bytes);
  let offset = hasBom(bytes) ? 3 : 0;
  let from = 0;
  for (;;) {
    const at = text.indexOf('\uFFFD', from);
    if (at < 0) return bytes.length;
    offset += encoder.encode(text.slice(from, at)).length;
    if (!(bytes[offset] === 0xef && bytes[offset + 1] === 0xbf && bytes[offset + 2] === 0xbd)) return offset;
    offset += 3;
    from = at + 1;
  }
}

/** 1-based line of a byte, counting `\n`, `\r\n` and a lone `\r` as the CSV reader does. */
function lineOf(bytes: Uint8Array, offset: number): { line: number; start: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i += 1) {
    const b = bytes[i];
    if (b === 0x0a || (b === 0x0d && bytes[i + 1] !== 0x0a)) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, start };
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/** UTF-8 bytes → text; anything else → the line of the first byte that is not UTF-8, and what to do. */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  try {
    return { ok: true, text: strict.decode(bytes) };
  } catch {
    // Not UTF-8: say where below.
  }
  const bad = firstBadByte(bytes);
  const { line, start } = lineOf(bytes, bad);
  const before = lenient.decode(bytes.subarray(Math.max(start, bad - 60), bad)).replace(/^\uFEFF/, '').slice(-20);
  const where = before.trim() === '' ? 'at the start of the line' : `after “${before}”`;
  return {
    ok: false,
    line,
    reason:
      `the file is not UTF-8 text: line ${line} has a byte (${hex(bytes[bad])}) ${where} that UTF-8 does not use, ` +
      'as in a file saved in another encoding (such as Windows-1252); save it as “CSV UTF-8” and import it again',
  };
}
