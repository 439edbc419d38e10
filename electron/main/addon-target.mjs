// Reads which system and processor a native addon (.node) was built for, from its file header.
import { closeSync, openSync, readSync } from 'node:fs';

const ELF_MACHINES = { 0x03: 'ia32', 0x28: 'armv7l', 0x3e: 'x64', 0xb7: 'arm64' };
const MACHO_CPUS = { 0x01000007: 'x64', 0x0100000c: 'arm64' };
const PE_MACHINES = { 0x014c: 'ia32', 0x8664: 'x64', 0xaa64: 'arm64' };

/** { platform: 'linux' | 'darwin' | 'win32', arch } of a shared library, or null when the header is none of ELF, Mach-O, PE. */
export function addonTarget(path) {
  const head = Buffer.alloc(4096);
  const fd = openSync(path, 'r');
  let length;
  try {
    length = readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  if (length < 64) return null;
  if (head.readUInt32BE(0) === 0x7f454c46) return { platform: 'linux', arch: ELF_MACHINES[head.readUInt16LE(18)] ?? 'unknown' };
  if (head.readUInt32LE(0) === 0xfeedfacf) return { platform: 'darwin', arch: MACHO_CPUS[head.readUInt32LE(4)] ?? 'unknown' };
  if (head.readUInt32BE(0) === 0xcafebabe) return { platform: 'darwin', arch: 'universal' };
  if (head.toString('latin1', 0, 2) === 'MZ') {
    const pe = head.readUInt32LE(0x3c);
    if (pe + 6 <= length && head.readUInt32BE(pe) === 0x50450000) {
      return { platform: 'win32', arch: PE_MACHINES[head.readUInt16LE(pe + 4)] ?? 'unknown' };
    }
  }
  return null;
}
