// Browser mode's PDF: fetched with the key (a plain link could not carry it) and saved from the
// reply, so a failure shows as a sentence on the screen instead of an error page.
import { keyHeader } from '../api/browserKey';
import { saveBlob } from '../lib/saveBlob';

/** `couldNotMake` words a failure the server did not explain, from its HTTP status. */
export async function downloadFrom(url: string, filename: string, couldNotMake: (status: number) => string): Promise<void> {
  const res = await fetch(url, { headers: keyHeader() });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? couldNotMake(res.status));
  }
  saveBlob(await res.blob(), filename);
}
