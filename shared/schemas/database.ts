// Where this counter's data is: this computer's file, or the shop's shared PostgreSQL database
// (Settings → Data). The password travels only in these requests, to be kept by the app with
// Electron's safeStorage; it is never in the address, never stored in plain text, never answered.
import { z } from 'zod';
import { say } from '../i18n/say';

export const DatabaseWhere = z.object({
  engine: z.enum(['sqlite', 'postgres']),
  /** The file's path, or the shared database's address without any password. */
  shown: z.string(),
  /** Whether this program can switch (the app); browser mode's address is chosen when `serve` starts. */
  canSwitch: z.boolean(),
});
export type DatabaseWhere = z.infer<typeof DatabaseWhere>;

export const SharedDatabaseForm = z.strictObject({
  /** postgres://host[:port]/database[?sslmode=…], with no password in it. */
  url: z.string().trim().min(1, { error: () => say('check.databaseAddress') }).max(2000),
  /** The PostgreSQL user, when the address does not name one. */
  user: z.string().trim().max(200).default(''),
  password: z.string().max(1000).default(''),
});
export type SharedDatabaseForm = z.input<typeof SharedDatabaseForm>;

export const SharedDatabaseTested = z.object({
  /** The address as it will be remembered (with the user), without the password. */
  shown: z.string(),
  /** PostgreSQL's major version, e.g. 16. */
  serverVersion: z.number().int(),
  /** Incidents the database holds; null when Makegood has not set it up yet (an empty database). */
  incidents: z.number().int().nullable(),
  /** One sentence for the person: what was found, and what they can do next. */
  message: z.string(),
});
export type SharedDatabaseTested = z.infer<typeof SharedDatabaseTested>;

export const DatabaseSwitched = z.object({
  /** What happened, in a sentence; the app then restarts on the new place. */
  message: z.string(),
});
export type DatabaseSwitched = z.infer<typeof DatabaseSwitched>;
