// The PDF's footer: business name and month on the left, "Page 2 of 7" on the right, in the words
// the report page left for it (shared/reportFooter.ts). Shared by Chromium's page.pdf and Electron's
// printToPDF, which take the same template.
import { ENGLISH_PAGE_WORDS, PAGE_MARK, PAGES_MARK } from '../../../../shared/reportFooter';

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `pageWords`: the page's words with PAGE_MARK and PAGES_MARK where the numbers go; English when the page left none. */
export function footerTemplate(businessName: string, monthWords: string, pageWords?: string): string {
  const left = [businessName, monthWords].filter(Boolean).map(escapeHtml).join(' · ');
  const words = pageWords?.includes(PAGE_MARK) && pageWords.includes(PAGES_MARK) ? pageWords : ENGLISH_PAGE_WORDS;
  const right = escapeHtml(words).replace(PAGE_MARK, '<span class="pageNumber"></span>').replace(PAGES_MARK, '<span class="totalPages"></span>');
  // Footer templates get no page styles: the font and size must be set here (Chromium's default is tiny).
  return `<div style="font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between;">
  <span>${left}</span><span>${right}</span>
</div>`;
}
