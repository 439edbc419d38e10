// A voucher slip's paper (settings.slipPaper): the page size the print page asks for with CSS @page.
import type { SlipPaper } from './schemas/settings';

export interface SlipSize {
  /** CSS width of the page. */
  width: string;
  /** CSS height, or null: as tall as the slip (a receipt roll is cut after it). */
  height: string | null;
  label: string;
}

export const SLIP_SIZES: Record<SlipPaper, SlipSize> = {
  receipt80: { width: '80mm', height: null, label: '80 mm receipt roll' },
  a6: { width: '105mm', height: '148mm', label: 'A6 (105 × 148 mm)' },
  quarterLetter: { width: '4.25in', height: '5.5in', label: 'Quarter Letter (4¼ × 5½ in)' },
};

/** The print page's address for a voucher; `print`: it prints itself once drawn (browser mode). */
export const voucherPagePath = (id: number, print = false) => `voucher.html?id=${id}${print ? '&print=1' : ''}`;

export function readVoucherParams(search: string): { id: number | null; print: boolean } {
  const params = new URLSearchParams(search);
  const id = Number(params.get('id'));
  return { id: Number.isInteger(id) && id > 0 ? id : null, print: params.get('print') === '1' };
}
