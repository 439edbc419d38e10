// The app's Import and Export CSV dialogs. Export: the host only asks where to save (the operating system's dialog); the core
// then writes the file there itself, a piece at a time (core/data/exportFile.ts).
import { join } from 'node:path';
import { type BrowserWindow, app, dialog } from 'electron';
import type { CoreHost } from './core/context';
import { say } from './language';

export function electronExportHost(getParent: () => BrowserWindow | null): Pick<CoreHost, 'chooseExportTarget' | 'chooseImportSource'> {
  return {
    // Import: the host only asks which file; the core stages a copy and reads it (core/data/staging.ts).
    chooseImportSource: async () => {
      const parent = getParent();
      const options = {
        title: say('desktop.import.title'),
        defaultPath: app.getPath('documents'),
        properties: ['openFile' as const],
        filters: [
          { name: say('desktop.import.spreadsheets'), extensions: ['csv', 'tsv', 'txt', 'xlsx', 'ods'] },
          { name: say('desktop.import.allFiles'), extensions: ['*'] },
        ],
      };
      const choice = parent && !parent.isDestroyed() ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return choice.canceled || !choice.filePaths[0] ? null : { path: choice.filePaths[0] };
    },
    chooseExportTarget: async (suggestedName) => {
      const parent = getParent();
      const options = {
        title: say('desktop.export.title'),
        defaultPath: join(app.getPath('documents'), suggestedName),
        filters: [{ name: 'CSV', extensions: ['csv'] }],
      };
      const choice = parent && !parent.isDestroyed() ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return choice.canceled || !choice.filePath ? null : { path: choice.filePath };
    },
  };
}
