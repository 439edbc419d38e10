// The PDF's footer: business name and month on the left, "Page 2 of 7" on the right. Shared by
// Chromium's page.pdf and Electron's printToPDF, which take the same template.

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function footerTemplate(businessName: string, monthWords: string): string {
  const left = [businessName, monthWords].filter(Boolean).map(escapeHtml).join(' · ');
  // Footer templates get no page styles: the font and size must be set here (Chromium's default is tiny).
  return `<div style="font-family: 'Liberation Sans', Arial, Helvetica, sans-serif; font-size: 8pt; color: #333; width: 100%; margin: 0 12mm; display: flex; justify-content: space-between;">
  <span>${left}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>
</div>`;
}
