// Sentences written outside React (issue 18): the core's errors and import problems, and the
// shared helpers both sides call (the allowance sentence, reminder notices). They name a message of
// the catalogue; whoever runs them installs the speaker that formats it in the right language: the
// core, the file's language per call (electron/main/core/i18n/speak.ts); the screens, their own.
// No catalogue is imported here, so the screens' first chunk does not carry one it may not need.
import type { MessageId } from './catalog';

export type Values = Record<string, string | number>;
export type Speaker = (id: MessageId, values?: Values) => string;

/** Until a speaker is installed: the id and its values, which a test reads as clearly as any bug report. */
let speaker: Speaker = (id, values) => (values ? `${id} ${JSON.stringify(values)}` : id);

export function setSpeaker(next: Speaker): void {
  speaker = next;
}

/** A message of the catalogue, in the language of whoever is being answered. */
export const say: Speaker = (id, values) => speaker(id, values);
