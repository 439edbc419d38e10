// A CSV file's bytes → text, streamed. UTF-8 (a BOM allowed) and UTF-16 with its BOM (Excel's
// "Unicode text") are known by themselves; any other encoding only when the person chose it, since
// guessing one turns "é" into "Ã©" without a word. Bytes the encoding does not use stop the read
// with the line they are on, never "�" stored in their place.

import { Transform, type TransformCallback } from 'node:stream';
import { say } from '../../i18n/speak';
import type { LineMap } from './lines';
import { EncodingError, SourceError } from './types';

export interface Encoding {
  /** The WHATWG name TextDecoder reads it by (`utf-8`, `utf-16le`, `windows-1252`…). */
  name: string;
  /** Whether the person chose it (the sentences differ: "is not UTF-8" vs "is not windows-1252"). */
  chosen: boolean;
}

/** The encoding to read a file in: its byte-order mark's, else the chosen one, else UTF-8. */
export function chooseEncoding(head: Uint8Array, chosen: string | undefined): Encoding {
  // A byte-order mark says what the file is, whatever was chosen.
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return { name: 'utf-8', chosen: false };
  if (head[0] === 0xff && head[1] === 0xfe) return { name: 'utf-16le', chosen: false };
  if (head[0] === 0xfe && head[1] === 0xff) return { name: 'utf-16be', chosen: false };
  if (chosen === undefined) return { name: 'utf-8', chosen: false };
  try {
    return { name: new TextDecoder(chosen).encoding, chosen: true };
  } catch {
    throw new SourceError(1, null, say('importing.text.unknownEncoding', { chosen }));
  }
}

/** Decodes the first bytes of a file for a look (the delimiter), leniently: the real read is strict. */
export function peekText(head: Uint8Array, encoding: Encoding): string {
  return new TextDecoder(encoding.name).decode(head, { stream: true });
}

const hex = (b: number | undefined) => `0x${(b ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;

/** How many bytes at the end of `tail` start a UTF-8 character that the next chunk finishes. */
function openUtf8(tail: Uint8Array): Uint8Array {
  for (let back = 1; back <= Math.min(3, tail.length); back += 1) {
    const b = tail[tail.length - back] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    const needs = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needs > back ? tail.subarray(tail.length - back) : new Uint8Array(0);
  }
  return new Uint8Array(0);
}

/**
 * File bytes in, text out (to the CSV parser), counting the bytes read for progress and feeding the
 * line map the parser's records are placed by. The BOM is dropped (TextDecoder does that).
 */
export class Decoding extends Transform {
  bytesRead = 0;
  private readonly decoder: TextDecoder;
  private previous: Uint8Array = new Uint8Array(0);

  constructor(
    private readonly encoding: Encoding,
    private readonly lines: LineMap,
  ) {
    super({ readableObjectMode: true });
    this.decoder = new TextDecoder(encoding.name, { fatal: true });
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.bytesRead += chunk.length;
    let text: string;
    try {
      text = this.decoder.decode(chunk, { stream: true });
    } catch {
      done(this.refusal(chunk));
      return;
    }
    this.previous = chunk.subarray(Math.max(0, chunk.length - 3));
    this.hand(text);
    done();
  }

  override _flush(done: TransformCallback): void {
    try {
      this.hand(this.decoder.decode());
    } catch {
      done(new EncodingError(this.lines.line, say('importing.text.endsMidCharacter', { encoding: this.named(), chosen: this.chosen() }), this.encoding.name));
      return;
    }
    done();
  }

  private hand(text: string): void {
    if (text === '') return;
    this.lines.feed(text);
    this.push(text);
  }

  private named(): string {
    return this.encoding.name === 'utf-8' ? 'UTF-8' : this.encoding.name;
  }

  /** Whether the person chose the encoding: the advice differs (a select in the sentence). */
  private chosen(): 'yes' | 'no' {
    return this.encoding.chosen ? 'yes' : 'no';
  }

  /**
   * The sentence for a chunk the decoder refused: the chunk is decoded again leniently (after the
   * bytes of a character the previous chunk began) and the text before the first "�" says which
   * line the bad byte is on, and what comes before it there.
   */
  private refusal(chunk: Buffer): SourceError {
    const utf8 = this.encoding.name === 'utf-8';
    const carried = utf8 ? openUtf8(this.previous) : new Uint8Array(0);
    const bytes = Buffer.concat([carried, chunk]);
    const text = new TextDecoder(this.encoding.name, { ignoreBOM: true }).decode(bytes, { stream: true });
    let good = text.indexOf('\uFFFD');
    // A "�" the file itself holds (EF BF BD in UTF-8) is text, not the bad byte.
    while (utf8 && good >= 0 && bytes.subarray(Buffer.byteLength(text.slice(0, good)), Buffer.byteLength(text.slice(0, good)) + 3).equals(Buffer.from([0xef, 0xbf, 0xbd])))
      good = text.indexOf('\uFFFD', good + 1);
    const before = good < 0 ? text : text.slice(0, good);
    // Count the line breaks before it as LineMap does (a CRLF once, even split across chunks).
    const breaks = before.match(/\r\n|\r|\n/g)?.length ?? 0;
    const splitCrlf = this.previous[this.previous.length - 1] === 0x0d && before.startsWith('\n') ? 1 : 0;
    const line = this.lines.line + breaks - splitCrlf;
    const lastBreak = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r'));
    const onLine = (lastBreak < 0 ? this.lines.lineSoFar + before : before.slice(lastBreak + 1)).replace(/^\uFEFF/, '').slice(-20);
    // 'none': the byte is not named (a select in the sentence).
    const byte = utf8 && good >= 0 ? hex(bytes[Buffer.byteLength(before)]) : 'none';
    const reason = say(onLine.trim() === '' ? 'importing.text.badByteAtStart' : 'importing.text.badByteAfter', {
      encoding: this.named(),
      byte,
      before: onLine,
      chosen: this.chosen(),
    });
    return new EncodingError(line, reason, this.encoding.name);
  }
}
