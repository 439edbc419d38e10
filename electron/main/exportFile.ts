// The app's Import and Export CSV dialogs. Export: the host only asks where to save (the operating system's dialog); the core
// then writes the file there itself, a piece at a time (core/data/exportFile.ts).
import { join } from 'node:path';
import { type BrowserWindow, app, dialog } from 'electron';
import type { CoreHost } from './core/context';

export function electronExportHost(getParent: () => BrowserWindow | null): Pick<CoreHost, 'chooseExportTarget' | 'chooseImportSource'> {
  return {
    // Import: the host only asks which file; the core stages a copy and reads it (core/data/staging.ts).
    chooseImportSource: async () => {
      const parent = getParent();
      const options = {
        title: 'Import incidents from a file',
        defaultPath: app.getPath('documents'),
        properties: ['openFile' as const],
        filters: [
          { name: 'Spreadsheets and CSV', extensions: ['csv', 'tsv', 'txt', 'xlsx', 'ods'] },
          { name: 'All files', extensions: ['*'] },
        ],
      };
      const choice = parent && !parent.isDestroyed() ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return choice.canceled || !choice.filePaths[0] ? null : { path: choice.filePaths[0] };
    },
    chooseExportTarget: async (suggestedName) => {
      const parent = getParent();
      const options = {
        title: 'Export the incidents as CSV',
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
      const choice = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : { path: choice.filePath };
    },
  };
}
