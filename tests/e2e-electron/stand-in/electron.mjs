// A stand-in for the parts of Electron's main-process API that Makegood's main uses, recording each call.
// It lets the built main run under plain Node where no Electron binary exists; it is not Electron.
import { fork } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const record = { prints: [], lockRequested: false, schemes: [], protocolHandlers: new Map(), ipcHandlers: new Map(), windows: [], dialogs: [], exitCode: null, quit: false, paths: {}, name: '', sandboxAll: false, permissionRequest: null, permissionCheck: null, menu: null, utilityProcesses: [], notifications: [], sent: [] };

class App extends EventEmitter {
  isPackaged = false;
  setName(name) { record.name = name; }
  setPath(name, value) { record.paths[name] = value; }
  getPath(name) { return record.paths[name] ?? join(tmpdir(), 'makegood-stand-in', name); }
  getVersion() { return '0.0.0-stand-in'; }
  // The OS's preferred languages, most preferred first (STAND_IN_LANGUAGES="de-AT,en-US" plays a German computer).
  getPreferredSystemLanguages() { return (process.env.STAND_IN_LANGUAGES ?? 'en-US').split(',').filter(Boolean); }
  enableSandbox() { record.sandboxAll = true; }
  // STAND_IN_LOCK=held plays a second launch: another Makegood already holds the lock.
  requestSingleInstanceLock() { record.lockRequested = true; return process.env.STAND_IN_LOCK !== 'held'; }
  whenReady() { return new Promise((done) => setImmediate(done)); }
  // A will-quit listener may hold the quit (to close the data first) and quit again when done.
  quit() {
    let held = false;
    this.emit('will-quit', { preventDefault() { held = true; } });
    if (!held) record.quit = true;
  }
  exit(code = 0) { record.exitCode = code; }
}
export const app = new App();

export const protocol = {
  registerSchemesAsPrivileged(schemes) { record.schemes.push(...schemes); },
  handle(scheme, handler) { record.protocolHandlers.set(scheme, handler); },
};

export const ipcMain = { handle(channel, handler) { record.ipcHandlers.set(channel, handler); } };
export const dialog = {
  showErrorBox(title, content) { record.dialogs.push({ title, content }); },
  // The button STAND_IN_MESSAGE_BOX names (by its index), else the cancel button.
  async showMessageBox(options) { record.dialogs.push({ title: options.title, content: options.detail, buttons: options.buttons }); return { response: Number(process.env.STAND_IN_MESSAGE_BOX ?? options.cancelId ?? 0) }; },
  // Answers the save dialog with STAND_IN_SAVE_TO, or cancels when it is not set.
  async showSaveDialog() { const filePath = process.env.STAND_IN_SAVE_TO; return filePath ? { canceled: false, filePath } : { canceled: true }; },
};
export const Menu = {
  buildFromTemplate(template) { return { template }; },
  setApplicationMenu(menu) { record.menu = menu; },
};
// A notification is recorded when shown; the drive plays the person's click or button on it.
export class Notification extends EventEmitter {
  static isSupported() { return true; }
  shown = false;
  constructor(options) { super(); this.options = options; }
  show() { this.shown = true; record.notifications.push(this); }
  close() { this.emit('close', {}); }
}
export const nativeTheme = { shouldUseDarkColors: false };
// safeStorage as on a computer with a keychain; STAND_IN_KEYCHAIN=none plays one without (Linux's basic_text).
export const safeStorage = {
  isEncryptionAvailable() { return process.env.STAND_IN_KEYCHAIN !== 'none'; },
  getSelectedStorageBackend() { return process.env.STAND_IN_KEYCHAIN === 'none' ? 'basic_text' : 'gnome_libsecret'; },
  encryptString(text) { return Buffer.from(`stand-in:${Buffer.from(text, 'utf8').toString('base64')}`); },
  decryptString(buffer) { return Buffer.from(buffer.toString().replace(/^stand-in:/, ''), 'base64').toString('utf8'); },
};
export const session = {
  defaultSession: {
    setPermissionRequestHandler(handler) { record.permissionRequest = handler; },
    setPermissionCheckHandler(handler) { record.permissionCheck = handler; },
  },
};

class WebContents extends EventEmitter {
  mainFrame = { frameToken: 'main-frame', parent: null, url: '' };
  windowOpenHandler = null;
  setWindowOpenHandler(handler) { this.windowOpenHandler = handler; }
  // The report page says it is drawn at once, and printing gives a token PDF.
  // A slip leaves its page size: an 80 mm receipt 95 mm tall.
  executeJavaScript(code) { return Promise.resolve(code.includes('slipPage') ? '{"widthMm":80,"heightMm":95}' : 'ready'); }
  printToPDF() { return Promise.resolve(Buffer.from('%PDF-stand-in')); }
  // One printer, the system's default; a silent print records its options and succeeds.
  getPrintersAsync() { return Promise.resolve([{ name: 'Counter_TM20', displayName: 'Counter TM-20', description: '', options: { 'printer-is-default': 'true' } }]); }
  // Main to the page: "the data changed" (index.ts), recorded.
  send(channel, ...args) { record.sent.push({ channel, args }); }
  print(options, callback) { record.prints.push({ options, url: this.mainFrame.url }); setImmediate(() => callback(true, '')); }
}

export class BrowserWindow extends EventEmitter {
  static getAllWindows() { return record.windows.filter((w) => !w.destroyed); }
  destroyed = false;
  visible = false;
  minimized = false;
  calls = [];
  loadedUrl = null;
  constructor(options) {
    super();
    this.options = options;
    this.webContents = new WebContents();
    record.windows.push(this);
    app.emit('web-contents-created', {}, this.webContents);
    setImmediate(() => this.emit('ready-to-show'));
  }
  loadURL(url) { this.loadedUrl = url; this.webContents.mainFrame.url = url; return Promise.resolve(); }
  show() { this.calls.push('show'); this.visible = true; }
  focus() { this.calls.push('focus'); }
  restore() { this.calls.push('restore'); this.minimized = false; }
  isMinimized() { return this.minimized; }
  isDestroyed() { return this.destroyed; }
  destroy() { this.destroyed = true; }
}

// A utility process played by a Node child process: the same module, and `process.parentPort`
// given to it by parent-port.mjs. Its console goes to stderr so stdout stays the drive's JSON.
export const utilityProcess = {
  fork(modulePath, args = [], options = {}) {
    record.utilityProcesses.push({ modulePath, options });
    const child = fork(modulePath, args, {
      execArgv: ['--import', new URL('./parent-port.mjs', import.meta.url).href],
      serialization: 'advanced',
      stdio: ['ignore', 2, 2, 'ipc'],
      ...(options.env ? { env: options.env } : {}),
    });
    const handle = new EventEmitter();
    child.on('message', (message) => handle.emit('message', message));
    child.on('exit', (code) => handle.emit('exit', code ?? 1));
    handle.postMessage = (message) => child.send(message);
    handle.kill = () => child.kill();
    handle.pid = child.pid;
    return handle;
  },
};
