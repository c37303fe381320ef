// The import rules of architecture §2 are enforced by the linter; this plants each kind of
// violation in the folder it is forbidden in and checks that lint fails on it (and that the same
// code is fine where it belongs).
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function ruleViolations(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId?.startsWith('no-restricted')).map((message) => message.message);
}

describe('import rules', () => {
  it.each([
    ['renderer/customers/planted.ts', "import { readFileSync } from 'node:fs';\nexport const read = readFileSync;"],
    ['renderer/customers/planted.ts', "import path from 'path';\nexport const join = path.join;"],
    ['renderer/customers/planted.ts', "import { shell } from 'electron';\nexport const s = shell;"],
    ['renderer/customers/planted.ts', "export const pid = process.pid;"],
    ['renderer/customers/planted.ts', "import { ConfigStore } from '../../electron/main/config/config-store';\nexport const c = ConfigStore;"],
    ['shared/planted.ts', "import os from 'node:os';\nexport const cpus = os.cpus;"],
    ['shared/planted.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['shared/planted.ts', 'export const width = () => window.innerWidth;'],
    ['shared/planted.ts', "export const title = () => document.title;"],
    ['electron/main/planted.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;"],
    ['electron/main/planted.ts', "import { contextBridge } from 'electron';\nexport const c = contextBridge;"],
    ['emulator/planted.ts', "import { app } from 'electron';\nexport const a = app;"],
    ['electron/preload/planted.ts', "import fs from 'node:fs';\nexport const f = fs;"],
  ])('fails lint for %s: %s', async (filePath, code) => {
    expect(await ruleViolations(filePath, code)).not.toEqual([]);
  });

  it.each([
    ['electron/main/planted.ts', "import { readFileSync } from 'node:fs';\nimport { app } from 'electron';\nexport const x = [readFileSync, app];"],
    ['electron/preload/planted.ts', "import { contextBridge, ipcRenderer } from 'electron';\nexport const x = [contextBridge, ipcRenderer];"],
    ['renderer/customers/planted.ts', "import { clouds } from '../../shared/clouds';\nexport const x = [clouds, window.innerWidth];"],
    ['emulator/planted.ts', "import { createServer } from 'node:http';\nexport const x = createServer;"],
  ])('accepts allowed imports in %s', async (filePath, code) => {
    expect(await ruleViolations(filePath, code)).toEqual([]);
  });
});
