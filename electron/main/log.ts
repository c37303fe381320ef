// A plain line log in the user-data folder, so an office's IT can read what happened (config
// faults, refused IPC calls, blocked navigation) without developer tools.
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';

export function createLog(folder: string): (message: string) => void {
  const file = path.join(folder, 'logs', 'main.log');
  mkdirSync(path.dirname(file), { recursive: true });
  return (message) => {
    const line = `${new Date().toISOString()} ${message}`;
    console.log(line);
    try {
      appendFileSync(file, `${line}\n`);
    } catch {
      // A full or read-only disk must not take the app down with it.
    }
  };
}
