// `npm run emulator -- --port 4000 --db ./pc.sqlite --customers 500 --seed 7`: starts the emulator for
// demos and manual testing, prints its URL and demo token, and stops cleanly on Ctrl-C or SIGTERM.
import { parseArgs } from 'node:util';
import { startEmulator } from './server';

const USAGE = `Usage: npm run emulator -- [--port 4000] [--host 127.0.0.1] [--db ./pc.sqlite] [--customers 500] [--seed 1] [--throttle 500] [--token <demo token>] [--log]`;

function numberOption(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) {
    console.error(`--${name} must be a whole number, got '${value}'.\n${USAGE}`);
    process.exit(2);
  }
  return parsed;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      db: { type: 'string' },
      customers: { type: 'string' },
      seed: { type: 'string' },
      throttle: { type: 'string' },
      token: { type: 'string' },
      log: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return;
  }
  const port = numberOption(values.port, 'port');
  const customers = numberOption(values.customers, 'customers');
  const seed = numberOption(values.seed, 'seed');
  const throttlePerMinute = numberOption(values.throttle, 'throttle');
  const started = performance.now();
  const emulator = await startEmulator({
    port: port ?? 4000,
    ...(values.host ? { host: values.host } : {}),
    ...(values.db ? { dbPath: values.db } : {}),
    ...(customers !== undefined ? { customers } : {}),
    ...(seed !== undefined ? { seed } : {}),
    ...(throttlePerMinute !== undefined ? { throttlePerMinute } : {}),
    ...(values.token ? { demoToken: values.token } : {}),
    logger: values.log ?? false,
  });
  console.log(`Partner Center emulator listening on ${emulator.url}`);
  console.log(`Demo token: ${emulator.demoToken}`);
  console.log(`Database: ${values.db ?? 'in memory'}${customers ? `; at least ${customers} customers` : ''} (ready in ${Math.round(performance.now() - started)} ms)`);
  console.log(`Control API: ${emulator.url}/_emulator/state`);

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`${signal}: stopping the emulator`);
    emulator.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
