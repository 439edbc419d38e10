// A voucher slip's paper (settings.slipPaper): the page size the print page asks for with CSS @page.
import type { SlipPaper } from './schemas/settings';

export interface SlipSize {
  /** CSS width of the page. */
  width: string;
  /** CSS height, or null: as tall as the slip (a receipt roll is cut after it). */
  height: string | null;
  /** The same in millimetres, for a printer that is told the page size (Electron's print). */
  widthMm: number;
  heightMm: number | null;
  label: string;
}

export const SLIP_SIZES: Record<SlipPaper, SlipSize> = {
  receipt80: { width: '80mm', height: null, widthMm: 80, heightMm: null, label: '80 mm receipt roll' },
  a6: { width: '105mm', height: '148mm', widthMm: 105, heightMm: 148, label: 'A6 (105 × 148 mm)' },
  quarterLetter: { width: '4.25in', height: '5.5in', widthMm: 107.95, heightMm: 139.7, label: 'Quarter Letter (4¼ × 5½ in)' },
};

/** Where the drawn slip leaves its page size for the app's printer: `{ widthMm, heightMm }` as JSON. */
export const SLIP_PAGE_DATASET = 'slipPage';

/** The print page's address for a voucher; `print`: it prints itself once drawn (browser mode). */
export const voucherPagePath = (id: number, print = false) => `voucher.html?id=${id}${print ? '&print=1' : ''}`;

export function readVoucherParams(search: string): { id: number | null; print: boolean } {
  const params = new URLSearchParams(search);
  const id = Number(params.get('id'));
  return { id: Number.isInteger(id) && id > 0 ? id : null, print: params.get('print') === '1' };
}
