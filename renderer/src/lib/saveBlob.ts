// Hands a file to the browser's (or Electron's) download: one made in the page, or one the server sends.

/** The browser downloads the address itself, straight to disk: the page never holds the file. */
export function saveFrom(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
}

/** A file made in the page, by a temporary object address. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  saveFrom(url, fileName);
  // Revoked later: some browsers start the download after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
