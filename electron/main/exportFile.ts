// The app's Export CSV: the host only asks where to save (the operating system's dialog); the core
// then writes the file there itself, a piece at a time (core/data/exportFile.ts).
import { join } from 'node:path';
import { type BrowserWindow, app, dialog } from 'electron';
import type { CoreHost } from './core/context';

export function electronExportHost(getParent: () => BrowserWindow | null): Pick<CoreHost, 'chooseExportTarget'> {
  return {
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
