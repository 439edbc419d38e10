// The monthly PDF's footer words ("Page 2 of 7") come from the report page, in the shop's language;
// the printer puts Chromium's page numbers where these marks are (electron/main/core/report/footer.ts).
export const PAGE_MARK = '\uE000';
export const PAGES_MARK = '\uE001';
export const ENGLISH_PAGE_WORDS = `Page ${PAGE_MARK} of ${PAGES_MARK}`;
