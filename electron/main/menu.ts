// The application menu: editing, zoom (the counter screen may be far away) and window
// commands; developer tools only in an unpackaged app. Electron names its roles in English only, so
// every item is labelled here in the data file's language (language.ts); installed again when it changes.
import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import { say } from './language';

type Item = MenuItemConstructorOptions;
const separator: Item = { type: 'separator' };

export function installMenu(): void {
  const isMac = process.platform === 'darwin';
  const platform = process.platform;
  const appMenu: Item[] = [
    { role: 'about', label: say('desktop.menu.about') },
    separator,
    { role: 'services', label: say('desktop.menu.services') },
    separator,
    { role: 'hide', label: say('desktop.menu.hide') },
    { role: 'hideOthers', label: say('desktop.menu.hideOthers') },
    { role: 'unhide', label: say('desktop.menu.showAll') },
    separator,
    { role: 'quit', label: say('desktop.menu.quit', { platform }) },
  ];
  const file: Item[] = [
    isMac ? { role: 'close', label: say('desktop.menu.close', { platform }) } : { role: 'quit', label: say('desktop.menu.quit', { platform }) },
  ];
  // As Electron's own Edit menu, item for item, with macOS's text services.
  const macEdit: Item[] = [
    { role: 'pasteAndMatchStyle', label: say('desktop.menu.pasteAndMatchStyle') },
    { role: 'delete', label: say('desktop.menu.delete') },
    { role: 'selectAll', label: say('desktop.menu.selectAll') },
    separator,
    {
      label: say('desktop.menu.substitutions'),
      submenu: [
        { role: 'showSubstitutions', label: say('desktop.menu.showSubstitutions') },
        separator,
        { role: 'toggleSmartQuotes', label: say('desktop.menu.smartQuotes') },
        { role: 'toggleSmartDashes', label: say('desktop.menu.smartDashes') },
        { role: 'toggleTextReplacement', label: say('desktop.menu.textReplacement') },
      ],
    },
    {
      label: say('desktop.menu.speech'),
      submenu: [
        { role: 'startSpeaking', label: say('desktop.menu.startSpeaking') },
        { role: 'stopSpeaking', label: say('desktop.menu.stopSpeaking') },
      ],
    },
  ];
  const otherEdit: Item[] = [{ role: 'delete', label: say('desktop.menu.delete') }, separator, { role: 'selectAll', label: say('desktop.menu.selectAll') }];
  const edit: Item[] = [
    { role: 'undo', label: say('desktop.menu.undo') },
    { role: 'redo', label: say('desktop.menu.redo') },
    separator,
    { role: 'cut', label: say('desktop.menu.cut') },
    { role: 'copy', label: say('desktop.menu.copy') },
    { role: 'paste', label: say('desktop.menu.paste') },
    ...(isMac ? macEdit : otherEdit),
  ];
  const developer: Item[] = [separator, { role: 'reload', label: say('desktop.menu.reload') }, { role: 'toggleDevTools', label: say('desktop.menu.devTools') }];
  const view: Item[] = [
    { role: 'resetZoom', label: say('desktop.menu.actualSize') },
    { role: 'zoomIn', label: say('desktop.menu.zoomIn') },
    { role: 'zoomOut', label: say('desktop.menu.zoomOut') },
    separator,
    { role: 'togglefullscreen', label: say('desktop.menu.fullScreen') },
    ...(app.isPackaged ? [] : developer),
  ];
  const macWindow: Item[] = [separator, { role: 'front', label: say('desktop.menu.front') }];
  const otherWindow: Item[] = [{ role: 'close', label: say('desktop.menu.close', { platform }) }];
  const window: Item[] = [
    { role: 'minimize', label: say('desktop.menu.minimize') },
    { role: 'zoom', label: say('desktop.menu.zoom') },
    ...(isMac ? macWindow : otherWindow),
  ];
  const template: Item[] = [
    ...(isMac ? [{ role: 'appMenu', submenu: appMenu } as const] : []),
    { role: 'fileMenu', label: say('desktop.menu.file'), submenu: file },
    { role: 'editMenu', label: say('desktop.menu.edit'), submenu: edit },
    { label: say('desktop.menu.view'), submenu: view },
    { role: 'windowMenu', label: say('desktop.menu.window'), submenu: window },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
