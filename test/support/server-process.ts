import { spawn, type ChildProcess } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';

export interface ServerProcess {
  child: ChildProcess;
  port: number;
  base: string;
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or null after a signal) once the process has exited. */
  exited: Promise<number | null>;
}

/**
 * Starts the real server process (src/server.ts, as `npm start` does) and resolves once it
 * listens. Only PATH and the given variables reach it: nothing of the developer's shell.
 * With `npmStart`, it is `npm start` itself, as the README says to run it (stop it with
 * `stopNpmStart`).
 */
export async function startServer(
  env: Record<string, string>,
  { npmStart = false, timeoutMs = 30_000 } = {},
): Promise<ServerProcess> {
  const [command, args] = npmStart
    ? ['npm', ['start', '--silent']]
    : [process.execPath, ['--import', 'tsx', 'src/server.ts']];
  const child = spawn(command, args, {
    env: { PATH: process.env.PATH ?? '', HOST: '127.0.0.1', PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /Server listening at http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(() => reject(new Error(`server exited:\n${output}`)));
  });
  return { child, port, base: `http://127.0.0.1:${port}`, output: () => output, exited };
}

/** JSON request to a running server; never throws for an HTTP status. */
export async function request(
  base: string,
  method: string,
  path: string,
  options: { body?: unknown; token?: string; headers?: Record<string, string> } = {},
): Promise<{ status: number; headers: Headers; body: unknown }> {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, headers: response.headers, body };
}

/** The ids of the processes below `pid`, nearest first (Linux: read from /proc). */
async function descendantsOf(pid: number): Promise<{ pid: number; cmdline: string }[]> {
  const processes: { pid: number; ppid: number; cmdline: string }[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmdline = (await readFile(`/proc/${entry}/cmdline`, 'utf8')).replaceAll('\0', ' ');
      processes.push({ pid: Number(entry), ppid, cmdline });
    } catch {
      // the process ended meanwhile
    }
  }
  const found: { pid: number; cmdline: string }[] = [];
  let parents = [pid];
  while (parents.length > 0) {
    const children = processes.filter((p) => parents.includes(p.ppid));
    found.push(...children);
    parents = children.map((p) => p.pid);
  }
  return found;
}

/**
 * Stops a server started with `npmStart` gracefully. npm runs the script through `sh -c`,
 * which does not pass SIGTERM on: the signal goes to `tsx src/server.ts` itself (tsx relays
 * it to the server), and npm exits after it.
 */
export async function stopNpmStart(server: ServerProcess): Promise<void> {
  const npm = server.child.pid;
  if (npm === undefined) return;
  const tsx = (await descendantsOf(npm)).find(
    (p) => p.cmdline.includes('tsx') && p.cmdline.includes('src/server.ts'),
  );
  if (tsx) process.kill(tsx.pid, 'SIGTERM');
  else server.child.kill('SIGTERM');
  await server.exited;
}
