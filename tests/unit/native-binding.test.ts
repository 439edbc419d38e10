// The database addon shipped in resources/native: which computer it was built for, and what a shop
// owner reads when it is not this one (never "could not open the data file").
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { addonTarget } from '../../electron/main/addon-target.mjs';
import { nativeAddonProblem } from '../../electron/main/native-binding';
import { tempDatabasePaths } from '../support/tempFile';

vi.mock('electron', () => ({ app: { isPackaged: false } }));

const tempPath = tempDatabasePaths('makegood-addon-');
const nodeBuild = join(
  dirname(createRequire(import.meta.url).resolve('better-sqlite3/package.json')),
  'build',
  'Release',
  'better_sqlite3.node',
);

/** The first bytes of a shared library as each system's linker writes them; enough for the header reader. */
function fakeAddon(kind: 'elf' | 'macho' | 'pe', machine: number): string {
  const head = Buffer.alloc(512);
  if (kind === 'elf') {
    head.writeUInt32BE(0x7f454c46, 0);
    head.writeUInt16LE(machine, 18);
  } else if (kind === 'macho') {
    head.writeUInt32LE(0xfeedfacf, 0);
    head.writeUInt32LE(machine, 4);
  } else {
    head.write('MZ', 0, 'latin1');
    head.writeUInt32LE(0x80, 0x3c);
    head.writeUInt32BE(0x50450000, 0x80);
    head.writeUInt16LE(machine, 0x84);
  }
  const path = tempPath().replace(/makegood\.sqlite$/, 'better_sqlite3.node');
  writeFileSync(path, head);
  return path;
}

describe('addonTarget', () => {
  it('reads the system and processor of ELF, Mach-O and PE libraries', () => {
    expect(addonTarget(fakeAddon('elf', 0x3e))).toEqual({ platform: 'linux', arch: 'x64' });
    expect(addonTarget(fakeAddon('elf', 0xb7))).toEqual({ platform: 'linux', arch: 'arm64' });
    expect(addonTarget(fakeAddon('macho', 0x0100000c))).toEqual({ platform: 'darwin', arch: 'arm64' });
    expect(addonTarget(fakeAddon('macho', 0x01000007))).toEqual({ platform: 'darwin', arch: 'x64' });
    expect(addonTarget(fakeAddon('pe', 0x8664))).toEqual({ platform: 'win32', arch: 'x64' });
    expect(addonTarget(fakeAddon('pe', 0xaa64))).toEqual({ platform: 'win32', arch: 'arm64' });
  });

  it('reads the addon npm built on this computer as this computer', () => {
    expect(addonTarget(nodeBuild)).toEqual({ platform: process.platform, arch: process.arch });
  });
});

describe('nativeAddonProblem', () => {
  const linuxX64 = { platform: 'linux', arch: 'x64' };

  it('names the mismatch when the shipped addon is for another processor, though Linux only says it cannot open it', () => {
    const arm = fakeAddon('elf', 0xb7);
    const sentence = nativeAddonProblem(new Error(`${arm}: cannot open shared object file: No such file or directory`), arm, linuxX64);
    expect(sentence).toBe(
      'This installation of Makegood was built for Linux on arm64 and does not match this computer (Linux on x64): ' +
        'please install the Makegood download for Linux on x64. Your data is untouched.',
    );
  });

  it('names the mismatch when the addon is for another system', () => {
    const mac = fakeAddon('macho', 0x0100000c);
    expect(nativeAddonProblem(new Error(`${mac}: invalid ELF header`), mac, linuxX64)).toContain('built for macOS on arm64 and does not match this computer');
  });

  it('recognises what the loader says even when the header looks right (an addon for another Electron)', () => {
    const sentence = nativeAddonProblem(
      new Error("The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115. This version of Node.js requires\nNODE_MODULE_VERSION 140."),
      nodeBuild,
    );
    expect(sentence).toMatch(/^This installation of Makegood does not match this computer .*NODE_MODULE_VERSION 115.*Your data is untouched\.$/);
    expect(sentence).not.toContain('\n');
  });

  it('says the installation is incomplete when the addon is missing', () => {
    const missing = join(dirname(tempPath()), 'native', 'better_sqlite3.node');
    expect(nativeAddonProblem(new Error('whatever'), missing)).toMatch(/^This installation of Makegood is incomplete: its database module is missing/);
  });

  it('leaves every other error to the data file\'s own message', () => {
    expect(nativeAddonProblem(new Error('file is not a database'), nodeBuild)).toBeNull();
    expect(nativeAddonProblem(new Error('database disk image is malformed'), undefined)).toBeNull();
  });
});
