// Payloads that once crashed a handler (INTERNAL) or wrote half a row, found by the property
// tests; each channel replays its own before the random ones, through dispatch and over HTTP.

export const REGRESSIONS: Record<string, unknown[]> = {
  // Year 0 and year 10000 broke date arithmetic (RangeError) or were stored as "+010000-…".
  'patterns.pareto': [{ from: '0000-01-01', to: '0000-01-01' }],
  'data.exportFile': [{ from: '0000-01-01' }, { to: '9999-12-31' }],
  'figures.month': [{ month: '0000-01' }],
  'incidents.update': [{ id: 1, changes: { followUpDueAt: '9999-12-31T23:59:59-12:00' } }],
  // A customer key sent as undefined (IPC keeps it) replaced the empty default: NOT NULL failed.
  'incidents.create': [{ whatHappened: 'Cold soup', customer: { email: undefined, note: '!' } }],
  // NUL in a case-blind unique name left the index unable to compare names.
  'rootCauses.create': [{ name: 'NUL\u0000inside', group: 'People' }],
  'categories.create': [{ name: 'NUL\u0000inside' }],
  // Half a surrogate pair in details being typed reached PostgreSQL as a value: INTERNAL there.
  'customers.history': [{ name: 'USD', email: '\ud800 lone surrogate' }, { name: 'A\udc00nna', phone: '\ud83d' }],
  // NUL inside a search word ended the FTS query: "unterminated string". Half a pair, the same question.
  'search.everywhere': [{ q: 'caf\ud800e' }],
  'incidents.list': [{ filter: { q: 'NUL\u0000inside' } }, { filter: { q: 'caf\ud800e' } }],
};
