// Where a write comes from decides which rules bend, and only these: every other rule holds for
// every source (docs/domain.md, "Rules"). Written out here so a difference between, say, the app
// and an import is a line in a table, not a second INSERT somewhere else.

export type Source = 'app' | 'import' | 'demo' | 'restore';

export interface Policy {
  source: Source;
  /** A time later than now (plus the clock grace): refused, or kept as the file has it. */
  future: 'refuse' | 'keep';
  /**
   * An entry past its giver's monthly allowance with no approver: refused with the allowance
   * sentence (the form then asks who approved it), or kept and marked "over allowance, not
   * approved" (history: nobody can be asked any more), or kept with the mark the file carries.
   */
  overAllowance: 'refuse' | 'mark' | 'keep';
  /** Who gave an entry must still work here (a form's choice), or may have left since (history). */
  inactiveGiver: 'refuse' | 'allow';
}

/**
 * Read by domain/compensations.ts (the app), domain/history.ts (import and demo). Restore's line
 * says what domain/restore.ts does; it has nothing to bend, as it judges none of these.
 */
export const POLICIES: Record<Source, Policy> = {
  app: { source: 'app', future: 'refuse', overAllowance: 'refuse', inactiveGiver: 'refuse' },
  import: { source: 'import', future: 'refuse', overAllowance: 'mark', inactiveGiver: 'allow' },
  // The demo writes its own approvers; an entry it leaves unapproved past an allowance is its bug.
  demo: { source: 'demo', future: 'refuse', overAllowance: 'refuse', inactiveGiver: 'allow' },
  // A backup's rows are copied as it holds them (restore.ts judges no time, allowance or giver);
  // the rules the database enforces still refuse what breaks them.
  restore: { source: 'restore', future: 'keep', overAllowance: 'keep', inactiveGiver: 'allow' },
};
