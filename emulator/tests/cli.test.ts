// `npm run emulator` as a user runs it: prints the URL and demo token once ready, serves, and stops
// cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';

it('starts from the command line, prints its URL and token, serves, and stops on SIGTERM', async () => {
  const tsx = join(process.cwd(), 'node_modules', '.bin', 'tsx');
  const child = spawn(tsx, ['emulator/cli.ts', '--port', '0', '--customers', '3'], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no URL printed: ${output}`)), 15_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Partner Center emulator listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1] && output.includes('Demo token: partner-desk-demo-token')) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited early with ${code}: ${output}`)));
  });
  const answer = await fetch(`${url}/v1/customers?size=10`, { headers: { authorization: 'Bearer partner-desk-demo-token' } });
  expect(answer.status).toBe(200);
  expect(((await answer.json()) as { items: unknown[] }).items).toHaveLength(3);
  const exitCode = await new Promise<number | null>((resolve) => {
    child.on('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
  expect(exitCode).toBe(0);
}, 30_000);
