// Byte offsets in the text csv-parse reads → the lines a person sees. csv-parse's own line count
// takes a CRLF inside a quoted cell for two lines, but its byte offsets are exact; so lines are
// counted here from the same text as it streams past, and forgotten once no record can start
// before them (memory stays at the text between the parser and the decoder, plus one record).

/** UTF-8 length of one UTF-16 unit; a high surrogate stands for its whole 4-byte pair. */
const utf8Length = (unit: number) => (unit < 0x80 ? 1 : unit < 0x800 ? 2 : unit >= 0xd800 && unit <= 0xdbff ? 4 : unit >= 0xdc00 && unit <= 0xdfff ? 0 : 3);

interface Chunk {
  text: string;
  start: number;
  end: number;
}

export class LineMap {
  /** [start, end) byte offsets of the line breaks not yet released, flattened. */
  private breaks: number[] = [];
  private head = 0;
  /** Breaks released before `head`. */
  private released = 0;
  private bytes = 0;
  private lastWasCr = false;
  private chunks: Chunk[] = [];
  private lineText = '';

  /** The text that comes next, in order (as the parser will read it). */
  feed(text: string): void {
    const start = this.bytes;
    let at = start;
    for (let i = 0; i < text.length; i += 1) {
      const unit = text.charCodeAt(i);
      if (unit === 0x0d) {
        this.breaks.push(at, at + 1);
        this.lastWasCr = true;
      } else if (unit === 0x0a) {
        // The \n of a CRLF (even split between two chunks) lengthens the CR's break.
        if (this.lastWasCr) this.breaks[this.breaks.length - 1] = at + 1;
        else this.breaks.push(at, at + 1);
        this.lastWasCr = false;
      } else this.lastWasCr = false;
      at += utf8Length(unit);
    }
    this.bytes = at;
    this.chunks.push({ text, start, end: at });
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    this.lineText = (lastBreak < 0 ? this.lineText + text : text.slice(lastBreak + 1)).slice(-60);
  }

  /** UTF-8 bytes fed so far. */
  get length(): number {
    return this.bytes;
  }

  /** The line the text fed so far ends on. */
  get line(): number {
    return this.released + (this.breaks.length - this.head) / 2 + 1;
  }

  /** The end of the text fed so far, back to the last line break (at most 60 characters). */
  get lineSoFar(): string {
    return this.lineText;
  }

  /** Where the record after one ending at `end` starts: past any line breaks (the blank lines the parser skips). */
  recordStart(end: number): number {
    let at = end;
    let i = this.firstEndingAfter(at);
    while (i < this.breaks.length && this.breaks[i] === at) {
      at = this.breaks[i + 1] ?? at;
      i += 2;
    }
    return at;
  }

  /** 1-based line of a byte offset (not before the last release). */
  lineAt(offset: number): number {
    return this.released + (this.firstEndingAfter(offset) - this.head) / 2 + 1;
  }

  /** The character starting at a byte offset, if still held ('' otherwise). */
  charAt(offset: number): string {
    const chunk = this.chunks.find((c) => c.start <= offset && offset < c.end);
    if (!chunk) return '';
    let at = chunk.start;
    for (let i = 0; i < chunk.text.length; i += 1) {
      if (at === offset) return String.fromCodePoint(chunk.text.codePointAt(i) ?? 0x20);
      at += utf8Length(chunk.text.charCodeAt(i));
    }
    return '';
  }

  /** No query will ask about offsets before this one again. */
  release(offset: number): void {
    const keep = this.firstEndingAfter(offset);
    this.released += (keep - this.head) / 2;
    this.head = keep;
    if (this.head > 4096 && this.head * 2 > this.breaks.length) {
      this.breaks = this.breaks.slice(this.head);
      this.head = 0;
    }
    while (this.chunks.length > 1 && (this.chunks[0]?.end ?? 0) <= offset) this.chunks.shift();
  }

  /** Index (into `breaks`) of the first held break whose end is past `offset`. */
  private firstEndingAfter(offset: number): number {
    let lo = this.head / 2;
    let hi = this.breaks.length / 2;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((this.breaks[mid * 2 + 1] ?? 0) <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo * 2;
  }
}
