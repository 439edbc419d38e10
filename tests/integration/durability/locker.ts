// Child process of the cli-while-saving test: holds the write lock on a data file, as the app does
// while it saves, until its stdin closes. Prints "locked" once it holds it.
// Usage: node locker.mjs <database> [exclusive]; `exclusive`: as another SQLite tool might, the file
// is switched out of WAL and locked for readers too.
import { connect } from '../../../electron/main/core/db/connect';

const db = connect(process.argv[2] ?? '');
if (process.argv[3] === 'exclusive') {
  db.pragma('journal_mode = DELETE');
  db.exec('BEGIN EXCLUSIVE');
} else {
  db.exec('BEGIN IMMEDIATE');
}
// A real write in the open transaction, as a save would have.
db.prepare("UPDATE settings SET value = value WHERE key = (SELECT min(key) FROM settings)").run();
process.stdout.write('locked\n');
process.stdin.resume();
process.stdin.on('end', () => {
  db.exec('COMMIT');
  db.close();
  process.stdout.write('released\n');
});
