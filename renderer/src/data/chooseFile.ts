// Getting a file to the core to import: the app's open dialog stages it there itself; browser mode
// asks where to upload, then streams the File the page picked (XHR, so a big file shows a bar).
import { ImportFileChoice } from '../../../shared/schemas/data';
import type { Result } from '../../../shared/result';
import { ApiError } from '../api/call';
import { keyHeader } from '../api/browserKey';
import type { Write } from '../api/useCall';
import type { useT } from '../lib/useT';

/** The screen's words, for the errors said here. */
type Translate = ReturnType<typeof useT>;

/** A file staged for import: what data.import names it by, and what the person knows it by. */
export type StagedFile = Omit<Extract<ImportFileChoice, { outcome: 'chosen' }>, 'outcome'>;

/** What the file input offers in browser mode: the kinds an import reads. */
export const ACCEPTED_FILES = [
  '.csv', '.tsv', '.txt', '.xlsx', '.ods',
  'text/csv', 'text/tab-separated-values', 'text/plain',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  'application/vnd.oasis.opendocument.spreadsheet',
].join(',');

/** The app has its own open dialog; browser mode picks with a file input. */
export const hasAppDialog = (): boolean => window.makegood !== undefined;

const staged = (choice: ImportFileChoice, t: Translate): StagedFile | null => {
  if (choice.outcome === 'canceled') return null;
  if (choice.outcome === 'chosen') return { file: choice.file, name: choice.name, bytes: choice.bytes };
  throw new Error(t('data.file.error.noDialog'));
};

/** The app's open dialog: the file it staged, or null when the person closed the dialog. */
export async function chooseInApp(write: Write, t: Translate): Promise<StagedFile | null> {
  return staged(await write('data.chooseImportFile', {}), t);
}

/** Browser mode: uploads the picked file to where the core asks, reporting 0–1 as it goes. */
export async function upload(write: Write, file: File, onProgress: (fraction: number) => void, t: Translate): Promise<StagedFile> {
  const answer = await write('data.chooseImportFile', {});
  if (answer.outcome !== 'upload') throw new Error(t('data.file.error.noUploadUrl'));
  const result = await post(answer.uploadUrl, file, onProgress, t);
  if (!result.ok) throw new ApiError(result.code, result.message, result.issues);
  const choice = ImportFileChoice.safeParse(result.value);
  const chosen = choice.success ? staged(choice.data, t) : null;
  if (!chosen) throw new Error(t('data.file.error.notTaken', { name: file.name }));
  return chosen;
}

function post(url: string, file: File, onProgress: (fraction: number) => void, t: Translate): Promise<Result<unknown>> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    for (const [name, value] of Object.entries({
      ...keyHeader(),
      'x-file-name': encodeURIComponent(file.name),
      'content-type': 'application/octet-stream',
    })) {
      xhr.setRequestHeader(name, value);
    }
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => {
      try {
        resolve(JSON.parse(xhr.responseText) as Result<unknown>);
      } catch {
        reject(new Error(t('data.file.error.unreadableReply', { status: String(xhr.status) })));
      }
    };
    xhr.onerror = () => reject(new Error(t('data.file.error.notSent', { name: file.name })));
    xhr.onabort = () => reject(new Error(t('data.file.error.stopped', { name: file.name })));
    xhr.send(file);
  });
}
