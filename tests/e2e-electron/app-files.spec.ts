// The app:// rules, checked under plain Node: this spec needs no Electron binary and always runs.
import { join, resolve, sep } from 'node:path';
import { expect, test } from '@playwright/test';
import { CONTENT_SECURITY_POLICY, isAppUrl, isDevServerUrl, mimeTypeFor, resolveAppFile } from '../../electron/main/app-files';

const root = resolve('/srv/makegood/out/renderer');

test('serves files inside the renderer folder', () => {
  expect(resolveAppFile(root, 'app://makegood/index.html')).toEqual({ kind: 'file', path: join(root, 'index.html') });
  expect(resolveAppFile(root, 'app://makegood/')).toEqual({ kind: 'file', path: join(root, 'index.html') });
  expect(resolveAppFile(root, 'app://makegood/assets/index-abc.js?v=1#x')).toEqual({
    kind: 'file',
    path: join(root, 'assets', 'index-abc.js'),
  });
});

test('never resolves a path outside the folder', () => {
  for (const url of [
    'app://makegood/%2e%2e/%2e%2e/package.json',
    'app://makegood/../../../etc/passwd',
    'app://makegood/assets/..%2f..%2f..%2fpackage.json',
    'app://makegood/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fpackage.json',
    'app://makegood/%2fetc%2fpasswd',
  ]) {
    const target = resolveAppFile(root, url);
    if (target.kind === 'file') expect(target.path.startsWith(root + sep), `${url} -> ${target.path}`).toBe(true);
  }
  expect(resolveAppFile(root, 'app://makegood/assets/..%2f..%2f..%2fpackage.json')).toEqual({ kind: 'refused', status: 403 });
});

test('refuses other hosts, NUL bytes, backslashes and broken encodings', () => {
  expect(resolveAppFile(root, 'app://elsewhere/index.html')).toEqual({ kind: 'refused', status: 403 });
  expect(resolveAppFile(root, 'file:///etc/passwd')).toEqual({ kind: 'refused', status: 403 });
  expect(resolveAppFile(root, 'app://makegood/index.html%00.png')).toEqual({ kind: 'refused', status: 400 });
  expect(resolveAppFile(root, 'app://makegood/..%5c..%5cpackage.json')).toEqual({ kind: 'refused', status: 400 });
  expect(resolveAppFile(root, 'app://makegood/%E0%A4%A')).toEqual({ kind: 'refused', status: 400 });
});

test('names the right content types', () => {
  expect(mimeTypeFor('/a/index.html')).toBe('text/html; charset=utf-8');
  expect(mimeTypeFor('/a/x.JS')).toBe('text/javascript; charset=utf-8');
  expect(mimeTypeFor('/a/x.css')).toBe('text/css; charset=utf-8');
  expect(mimeTypeFor('/a/x.woff2')).toBe('font/woff2');
  expect(mimeTypeFor('/a/x.svg')).toBe('image/svg+xml');
  expect(mimeTypeFor('/a/unknown.bin')).toBe('application/octet-stream');
});

test('trusts only our origin and the dev server origin', () => {
  expect(isAppUrl('app://makegood/index.html#/journal')).toBe(true);
  expect(isAppUrl('app://makegood.evil/index.html')).toBe(false);
  expect(isAppUrl('https://makegood/index.html')).toBe(false);
  expect(isDevServerUrl('http://localhost:5173/#/', 'http://localhost:5173')).toBe(true);
  expect(isDevServerUrl('http://localhost:5174/', 'http://localhost:5173')).toBe(false);
  expect(isDevServerUrl('http://localhost:5173/', undefined)).toBe(false);
});

test('the CSP never allows eval or inline scripts', () => {
  const script = CONTENT_SECURITY_POLICY.split('; ').find((d) => d.startsWith('script-src'));
  expect(script).toBe("script-src 'self'");
  expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  expect(CONTENT_SECURITY_POLICY).toContain("frame-ancestors 'none'");
});
