// Reads a chosen file as text, reporting progress so a large file shows a bar while it loads.
import { saveBlob } from '../lib/saveBlob';

export function readFileText(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(new Error(`Could not read ${file.name}; try saving it again as CSV.`));
    reader.readAsText(file, 'utf-8');
  });
}

/** Offers text as a download in the browser and in Electron alike. */
export function downloadText(text: string, fileName: string) {
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), fileName);
}
