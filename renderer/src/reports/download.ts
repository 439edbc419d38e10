// Browser mode's PDF: fetched with the key (a plain link could not carry it) and saved from the
// reply, so a failure shows as a sentence on the screen instead of an error page.
import { keyHeader } from '../api/browserKey';
import { saveBlob } from '../lib/saveBlob';

export async function downloadFrom(url: string, filename: string): Promise<void> {
  const res = await fetch(url, { headers: keyHeader() });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `The PDF could not be made (${res.status}).`);
  }
  saveBlob(await res.blob(), filename);
}
