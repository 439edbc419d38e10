// Points of Electron's security checklist that live in configuration rather than in running code:
// the fuses flipped at packaging, the content security policy, and no door to the outside world.
// The list, and what checks each point, is docs/security-checklist.md.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/server/security';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);
// electron-builder reads its YAML with js-yaml; reading it the same way sees what the packager sees.
const yaml = require(require.resolve('js-yaml', { paths: [require.resolve('app-builder-lib/package.json')] })) as { load(text: string): unknown };

interface BuilderConfig {
  asar?: unknown;
  electronFuses?: Record<string, unknown>;
}

describe('packaging (electron-builder.yml)', () => {
  const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

  it('flips the fuses: no running as Node, no NODE_OPTIONS, no --inspect, ASAR checked and the only source of the app', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
      enableCookieEncryption: true,
    });
  });

  it('names only fuses electron-builder knows, so a misspelt one cannot be silently ignored', () => {
    const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as {
      definitions: { FuseOptionsV1: { properties: Record<string, unknown> } };
    };
    const known = Object.keys(schema.definitions.FuseOptionsV1.properties);
    for (const fuse of Object.keys(config.electronFuses ?? {})) expect(known, `fuse ${fuse}`).toContain(fuse);
  });
});

describe('the content security policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name = '', ...sources] = d.trim().split(/\s+/);
      return [name, sources] as const;
    }),
  );

  it('runs only our own scripts: no eval, no inline script, no plugins, no <base>, never framed', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-ancestors')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|wasm-unsafe-eval|unsafe-hashes|strict-dynamic/);
  });

  it('names no remote origin anywhere: only self, none, data: for images and fonts, inline style for Mantine', () => {
    const allowed: Record<string, string[]> = {
      'style-src': ["'self'", "'unsafe-inline'"],
      'img-src': ["'self'", 'data:'],
      'font-src': ["'self'", 'data:'],
    };
    for (const [name, sources] of directives) {
      for (const source of sources) expect(allowed[name] ?? ["'self'", "'none'"], `${name} ${source}`).toContain(source);
    }
  });
});

describe('links to the outside world', () => {
  // Makegood links to nothing outside itself, so nothing may hand a URL to the operating system.
  // Adding one means an exact allow-list of https URLs in the main process first (docs/security-checklist.md).
  it('no shipped code calls shell.openExternal', () => {
    const shipped = ['electron', 'renderer', 'shared'].flatMap((dir) =>
      readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
        .filter((d) => d.isFile() && /\.(?:[cm]?[jt]sx?|html)$/.test(d.name))
        .map((d) => join(d.parentPath, d.name)),
    );
    expect(shipped.length).toBeGreaterThan(50);
    const calling = shipped.filter((f) => /openExternal/.test(readFileSync(f, 'utf8')));
    expect(calling.map((f) => f.slice(root.length + 1))).toEqual([]);
  });
});
