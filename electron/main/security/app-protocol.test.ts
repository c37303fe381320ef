import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createAppProtocolHandler, resolveAppRequest } from './app-protocol';

const root = path.resolve('/opt/partner-desk/renderer');

describe('resolveAppRequest', () => {
  it('serves the entry page for the bare origin and known assets with their MIME types', () => {
    expect(resolveAppRequest('app://partner-desk/', 'GET', root)).toEqual({
      kind: 'file',
      filePath: path.join(root, 'index.html'),
      mimeType: 'text/html; charset=utf-8',
    });
    expect(resolveAppRequest('app://partner-desk/assets/index-abc.js', 'GET', root)).toMatchObject({
      kind: 'file',
      filePath: path.join(root, 'assets/index-abc.js'),
      mimeType: 'text/javascript; charset=utf-8',
    });
    expect(resolveAppRequest('app://partner-desk/assets/app.css?v=1#x', 'HEAD', root)).toMatchObject({ mimeType: 'text/css; charset=utf-8' });
  });

  it.each([
    'app://partner-desk/../secrets.json',
    'app://partner-desk/%2e%2e/%2e%2e/etc/passwd.txt',
    'app://partner-desk/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
  ])('refuses traversal out of the renderer: %s', (url) => {
    const resolution = resolveAppRequest(url, 'GET', root);
    if (resolution.kind === 'file') expect(resolution.filePath.startsWith(root + path.sep)).toBe(true);
    else expect(resolution.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses backslashes, NUL bytes, other hosts, other schemes, writes and unknown file types', () => {
    expect(resolveAppRequest('app://partner-desk/..%5c..%5cboot.ini', 'GET', root)).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('app://partner-desk/index.html%00.js', 'GET', root)).toMatchObject({ kind: 'refused', status: 400 });
    expect(resolveAppRequest('app://evil/index.html', 'GET', root)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('file:///etc/passwd', 'GET', root)).toMatchObject({ kind: 'refused', status: 403 });
    expect(resolveAppRequest('app://partner-desk/index.html', 'POST', root)).toMatchObject({ kind: 'refused', status: 405 });
    expect(resolveAppRequest('app://partner-desk/run.exe', 'GET', root)).toMatchObject({ kind: 'refused', status: 404 });
    expect(resolveAppRequest('app://partner-desk/%E0%A4%A', 'GET', root)).toMatchObject({ kind: 'refused', status: 400 });
  });
});

describe('the app:// handler', () => {
  it('answers files with the CSP and nosniff, and 404 for what is missing', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'pd-protocol-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><p>hi</p>');
    writeFileSync(path.join(dir, '..', 'outside.html'), 'secret');
    const handler = createAppProtocolHandler(dir, (file) => fs.readFile(file));

    const page = await handler(new Request('app://partner-desk/index.html'));
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await page.text()).toContain('<p>hi</p>');

    expect((await handler(new Request('app://partner-desk/missing.js'))).status).toBe(404);
    const escape = await handler(new Request('app://partner-desk/%2e%2e/outside.html'));
    expect(escape.status).not.toBe(200);
  });
});
