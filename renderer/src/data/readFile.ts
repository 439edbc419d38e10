// Reads a chosen file as UTF-8 text, reporting progress so a large file shows a bar while it loads.
import { decodeUtf8 } from '../../../shared/utf8';

/**
 * The bytes are decoded here, not by FileReader.readAsText, which turns bytes that are not UTF-8
 * into "�" without a word; the shared decoder refuses them and names their line instead.
 */
export function readFileText(file: File, onProgress: (percent: number) => void): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    reader.onload = () => {
      const decoded = decodeUtf8(new Uint8Array(reader.result instanceof ArrayBuffer ? reader.result : new ArrayBuffer(0)));
      if (decoded.ok) resolve(decoded.text);
      else reject(new Error(`Nothing was imported from ${file.name}: ${decoded.reason}.`));
    };
    reader.onerror = () => reject(new Error(`Could not read ${file.name}; try saving it again as CSV.`));
    reader.readAsArrayBuffer(file);
  });
}
