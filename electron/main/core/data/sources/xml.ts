// A workbook's XML, streamed through saxes (a strict XML 1.0 parser: no DTD processing, no entities
// but the five XML defines). A DOCTYPE is refused outright: no spreadsheet needs one, and it is the
// door for entity-expansion attacks ("billion laughs") and external entities.

import type { Readable } from 'node:stream';
import { SaxesParser, type SaxesTagNS } from 'saxes';
import { say } from '../../i18n/speak';
import { damaged } from './zip';
import { SourceError } from './types';

export interface XmlHandlers {
  open(tag: SaxesTagNS): void;
  close(tag: SaxesTagNS): void;
  text(text: string): void;
}

/** An attribute's value by namespace and local name (prefixes are the file's to choose). */
export function attr(tag: SaxesTagNS, uri: string | readonly string[], local: string): string | undefined {
  for (const a of Object.values(tag.attributes)) {
    if (a.local === local && (typeof uri === 'string' ? a.uri === uri : uri.includes(a.uri))) return a.value;
  }
  return undefined;
}

/** The progress of a part being read: bytes inflated so far. */
export interface XmlProgress {
  bytes: number;
}

/**
 * Feeds a zip entry's XML to the handlers, yielding after each chunk so the caller can hand out the
 * rows the handlers gathered (a pull stream over a push parser, one chunk deep).
 */
export async function* streamXml(stream: Readable, part: string, handlers: XmlHandlers, progress: XmlProgress = { bytes: 0 }): AsyncGenerator<void> {
  const parser = new SaxesParser({ xmlns: true });
  parser.on('doctype', () => {
    throw new SourceError(1, null, say('importing.xml.doctype', { part }));
  });
  parser.on('xmldecl', (decl) => {
    if (decl.encoding !== undefined && decl.encoding.toLowerCase() !== 'utf-8') throw new SourceError(1, null, say('importing.xml.encoding', { part, encoding: decl.encoding }));
  });
  parser.on('error', (error) => {
    throw damaged(say('importing.xml.notWellFormed', { part, why: error.message }));
  });
  parser.on('opentag', (tag) => handlers.open(tag));
  parser.on('closetag', (tag) => handlers.close(tag));
  parser.on('text', (text) => handlers.text(text));
  parser.on('cdata', (text) => handlers.text(text));
  const decoder = new TextDecoder('utf-8', { fatal: true });
  try {
    for await (const chunk of stream) {
      progress.bytes += (chunk as Buffer).length;
      parser.write(decoder.decode(chunk as Buffer, { stream: true }));
      yield;
    }
    parser.write(decoder.decode());
    parser.close();
    yield;
  } catch (error) {
    if (error instanceof SourceError) throw error;
    // yauzl's own errors (more bytes than declared, a bad CRC) and bytes that are not UTF-8.
    throw damaged(`${part}: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    stream.destroy();
  }
}
