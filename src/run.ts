import { ConfigError } from './config.js';

/**
 * Runs an entry point; a configuration error prints its list of problems and exits 1, any
 * other error is printed and exits 1 too. Shared by the server and the CLI scripts.
 */
export async function runOrExit(main: () => Promise<void>): Promise<void> {
  try {
    await main();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n`);
    } else {
      process.stderr.write(`fatal: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    }
    process.exit(1);
  }
}
