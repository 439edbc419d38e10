// Browser mode's PDF: fetched first, so a failure shows as a sentence on the screen instead of an error page.
import { saveBlob } from '../lib/saveBlob';

export async function downloadFrom(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { credentials: 'same-origin' });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `The PDF could not be made (${res.status}).`);
  }
  saveBlob(await res.blob(), filename);
}
