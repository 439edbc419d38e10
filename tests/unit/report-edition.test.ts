import { describe, expect, it } from 'vitest';
import { contract } from '../../shared/contract';
import { DEFAULT_EDITION, EDITIONS, readEdition, readReportParams, reportPagePath } from '../../shared/report';

const exportRequest = contract['reports.exportPdf'].request;

describe('the report edition', () => {
  it.each(EDITIONS)('%s goes through the contract and the report page address unchanged', (edition) => {
    expect(exportRequest.parse({ month: '2026-10', edition }).edition).toBe(edition);
    const search = reportPagePath('2026-10', edition).split('?')[1] ?? '';
    expect(readReportParams(`?${search}`)).toEqual({ month: '2026-10', edition });
  });

  it('is the external one when nobody says, and an unknown one is refused by the contract but read as the default', () => {
    expect(DEFAULT_EDITION).toBe('external');
    expect(exportRequest.parse({ month: '2026-10' }).edition).toBe(DEFAULT_EDITION);
    expect(exportRequest.safeParse({ month: '2026-10', edition: 'staff' }).success).toBe(false);
    expect(readEdition('staff')).toBe(DEFAULT_EDITION);
    expect(readEdition(null)).toBe(DEFAULT_EDITION);
    expect(readReportParams('?month=2026-10&edition=INTERNAL').edition).toBe(DEFAULT_EDITION);
  });
});
