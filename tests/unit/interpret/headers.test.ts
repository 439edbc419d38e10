import { describe, expect, it } from 'vitest';
import { IMPORT_FIELD_LABELS, IMPORT_FIELDS, CSV_COLUMNS } from '../../../shared/schemas/data';
import { guessColumns, normaliseHeader } from '../../../electron/main/core/data/headers';
import { HEADER_WORDS, LANGUAGES } from '../../../electron/main/core/data/headerWords';

const fieldsOf = (headers: string[]) => Object.fromEntries(guessColumns(headers).map((g) => [headers[g.at], g.field]));

describe('normaliseHeader', () => {
  it('ignores case, spaces, punctuation and accents', () => {
    const same = ['Date/Time', 'date-time', 'DATE TIME', ' date_time ', 'Date & time'].map(normaliseHeader);
    expect(new Set(same)).toEqual(new Set(['datetime']));
    expect(normaliseHeader('Date & time')).toBe('datetime');
    expect(normaliseHeader('E-mail')).toBe(normaliseHeader('email'));
    expect(normaliseHeader('Téléphone')).toBe('telephone');
    expect(normaliseHeader('Rückerstattung')).toBe('ruckerstattung');
    expect(normaliseHeader('Problème')).toBe(normaliseHeader('probleme'));
    expect(normaliseHeader('')).toBe('');
  });
});

describe('guessColumns', () => {
  it('reads the canonical names as names', () => {
    expect(guessColumns(['occurred_at', 'What Happened', 'customer-name'])).toEqual([
      { field: 'occurred_at', at: 0, how: 'name' },
      { field: 'what_happened', at: 1, how: 'name' },
      { field: 'customer_name', at: 2, how: 'name' },
    ]);
  });

  it("reads docs/domain.md's words, and leaves out what nothing matches", () => {
    const headers = ['Date', 'Time', 'Complaint', 'Guest', 'Tel', 'E-mail', 'Via', 'Area', 'Priority', 'Served by', 'Manager present', 'Date resolved', 'Refund', 'Comp type', 'Came back', 'Staff note', 'Table'];
    expect(fieldsOf(headers)).toEqual({
      Date: 'occurred_at', Time: 'occurred_time', Complaint: 'what_happened', Guest: 'customer_name', Tel: 'customer_phone',
      'E-mail': 'customer_email', Via: 'channel', Area: 'category', Priority: 'severity', 'Served by': 'handled_by',
      'Manager present': 'team_lead_present', 'Date resolved': 'resolved_at', Refund: 'compensation_cost',
      'Comp type': 'compensation_kind', 'Came back': 'outcome', 'Staff note': 'internal_note',
    });
    expect(guessColumns(headers).every((g) => g.how === 'synonym')).toBe(true);
  });

  it('reads German, Spanish and French logs', () => {
    expect(fieldsOf(['Datum', 'Uhrzeit', 'Beschwerde', 'Kunde', 'Telefon', 'Rückerstattung', 'Bedient von'])).toEqual({
      Datum: 'occurred_at', Uhrzeit: 'occurred_time', Beschwerde: 'what_happened', Kunde: 'customer_name',
      Telefon: 'customer_phone', Rückerstattung: 'compensation_cost', 'Bedient von': 'handled_by',
    });
    expect(fieldsOf(['Fecha', 'Hora', 'Queja', 'Cliente', 'Teléfono', 'Reembolso', 'Atendido por'])).toEqual({
      Fecha: 'occurred_at', Hora: 'occurred_time', Queja: 'what_happened', Cliente: 'customer_name',
      Teléfono: 'customer_phone', Reembolso: 'compensation_cost', 'Atendido por': 'handled_by',
    });
    expect(fieldsOf(['DATE', 'HEURE', 'PLAINTE', 'CLIENT', 'TELEPHONE', 'REMBOURSEMENT', 'SERVI PAR'])).toEqual({
      DATE: 'occurred_at', HEURE: 'occurred_time', PLAINTE: 'what_happened', CLIENT: 'customer_name',
      TELEPHONE: 'customer_phone', REMBOURSEMENT: 'compensation_cost', 'SERVI PAR': 'handled_by',
    });
    expect(fieldsOf(['Problem', 'Problema', 'Problème', 'Employé', 'Mitarbeiter'])).toEqual({ Problem: 'what_happened', 'Employé': 'handled_by' });
  });

  it('settles the ambiguous words as documented', () => {
    expect(fieldsOf(['name', 'date', 'hour', 'amount'])).toEqual({ name: 'customer_name', date: 'occurred_at', hour: 'occurred_time', amount: 'compensation_cost' });
    expect(fieldsOf(['value'])).toEqual({ value: 'compensation_cost' });
    expect(fieldsOf(['cost'])).toEqual({ cost: 'compensation_cost' });
  });

  it('the canonical name wins over a word for the same field, wherever it stands', () => {
    expect(guessColumns(['Customer', 'Notes', 'customer_name'])).toEqual([
      { field: 'internal_note', at: 1, how: 'synonym' },
      { field: 'customer_name', at: 2, how: 'name' },
    ]);
  });

  it('uses each field once, for the first column that claims it, and each column once', () => {
    expect(guessColumns(['Date', 'When', 'Day', 'Complaint', 'Issue'])).toEqual([
      { field: 'occurred_at', at: 0, how: 'synonym' },
      { field: 'what_happened', at: 3, how: 'synonym' },
    ]);
    expect(guessColumns(['occurred_at', 'Occurred At'])).toEqual([{ field: 'occurred_at', at: 0, how: 'name' }]);
    expect(guessColumns(['', ' ', '---'])).toEqual([]);
  });
});

describe('the word tables', () => {
  it('give every word one field in every language, and never a canonical name to another field', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const language of LANGUAGES) {
      for (const [field, words] of Object.entries(HEADER_WORDS[language])) {
        for (const word of words) {
          const key = normaliseHeader(word);
          expect(key, `${language} “${word}”`).not.toBe('');
          const before = seen.get(key);
          if (before !== undefined && before !== field) clashes.push(`${language} “${word}”: ${field}, elsewhere ${before}`);
          seen.set(key, field);
          const canonical = IMPORT_FIELDS.find((f) => normaliseHeader(f) === key);
          if (canonical !== undefined && canonical !== field) clashes.push(`${language} “${word}” is the name of ${canonical}`);
        }
      }
    }
    expect(clashes).toEqual([]);
  });

  it('label every field in plain words, occurred_time included', () => {
    expect(IMPORT_FIELDS).toEqual([...CSV_COLUMNS, 'occurred_time']);
    for (const field of IMPORT_FIELDS) expect(IMPORT_FIELD_LABELS[field]).toMatch(/^[A-Z]/);
    expect(IMPORT_FIELD_LABELS.occurred_at).toBe('When it happened (date, or date and time)');
    expect(IMPORT_FIELD_LABELS.compensation_cost).toBe('Compensation cost (refund, amount)');
  });
});
