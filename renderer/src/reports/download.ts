// Browser mode's PDF: fetched first, so a failure shows as a sentence on the screen instead of an error page.

export async function downloadFrom(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `The PDF could not be made (${res.status}).`);
  }
  const href = URL.createObjectURL(await res.blob());
  try {
    const a = document.createElement('a');
    a.href = href;
    a.download = filename;
    document.body.append(a);
    a.click();
    a.remove();
  } finally {
    // The click has started the download; the address is not needed after this turn.
    setTimeout(() => URL.revokeObjectURL(href), 10_000);
  }
}
