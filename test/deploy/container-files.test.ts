// What can be checked about the Dockerfile and docker-compose.yml without a Docker engine:
// the files they copy and run exist, the image runs as a non-root user with a health check,
// and every variable they set is one the configuration schema knows.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { configSchema } from '../../src/config.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const read = (file: string): string => readFileSync(path.join(root, file), 'utf8');

const configKeys = new Set(Object.keys(configSchema.shape));
/** The postgres image reads these itself; the service never sees them. */
const isPostgresImageVariable = (name: string): boolean => name.startsWith('POSTGRES_') || name === 'PGDATA';

interface Instruction {
  keyword: string;
  args: string;
  line: number;
}

interface Stage {
  name: string | undefined;
  instructions: Instruction[];
}

/** Splits a Dockerfile into stages of instructions, joining `\` continuations, dropping comments. */
function parseDockerfile(text: string): Stage[] {
  const stages: Stage[] = [];
  let pending = '';
  let startLine = 0;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const trimmed = raw.trim();
    if (pending === '' && (trimmed === '' || trimmed.startsWith('#'))) return;
    if (pending !== '' && trimmed.startsWith('#')) return;
    if (pending === '') startLine = index + 1;
    if (trimmed.endsWith('\\')) {
      pending += `${trimmed.slice(0, -1)} `;
      return;
    }
    const full = `${pending}${trimmed}`.trim();
    pending = '';
    const match = /^(\S+)\s*(.*)$/s.exec(full);
    if (!match) return;
    const keyword = (match[1] ?? '').toUpperCase();
    const args = match[2] ?? '';
    if (keyword === 'FROM') {
      const stageName = /\s+AS\s+(\S+)\s*$/i.exec(args)?.[1];
      stages.push({ name: stageName, instructions: [] });
    }
    const current = stages.at(-1);
    if (!current) throw new Error(`Dockerfile line ${startLine}: ${keyword} before the first FROM`);
    current.instructions.push({ keyword, args, line: startLine });
  });
  return stages;
}

/** Arguments of an instruction: a JSON array (exec form) or whitespace-separated words. */
function words(args: string): string[] {
  const trimmed = args.trim();
  if (trimmed.startsWith('[')) {
    const parsed: unknown = JSON.parse(trimmed);
    if (!Array.isArray(parsed) || !parsed.every((item) => typeof item === 'string')) {
      throw new Error(`not a JSON array of strings: ${trimmed}`);
    }
    return parsed;
  }
  return trimmed.split(/\s+/).filter((word) => word !== '');
}

/** Variable names set by one ENV instruction (`ENV A=1 B=2`, or the legacy `ENV A 1`). */
function envNames(args: string): string[] {
  const trimmed = args.trim();
  if (!/^[A-Za-z_][A-Za-z0-9_]*=/.test(trimmed)) {
    const legacy = /^(\S+)/.exec(trimmed)?.[1];
    return legacy ? [legacy] : [];
  }
  return [...trimmed.matchAll(/(?:^|\s)([A-Za-z_][A-Za-z0-9_]*)=/g)].map((m) => m[1] ?? '');
}

/** The TypeScript source a compiled file comes from: dist/src/server.js -> src/server.ts. */
function sourceOf(compiled: string): string {
  const relative = compiled.replace(/^(\.\/|\/app\/)/, '');
  expect(relative, `${compiled} should be a compiled file under dist/`).toMatch(/^dist\/.+\.js$/);
  return relative.replace(/^dist\//, '').replace(/\.js$/, '.ts');
}

/** Variable names of a compose `environment:` (a map, or a list of `NAME=value`). */
function composeEnvNames(environment: unknown): string[] {
  if (environment === undefined || environment === null) return [];
  if (Array.isArray(environment)) {
    return environment.map((entry) => String(entry).split('=')[0] ?? '');
  }
  if (typeof environment === 'object') return Object.keys(environment);
  throw new Error(`unexpected environment: ${JSON.stringify(environment)}`);
}

const stages = parseDockerfile(read('Dockerfile'));
const runtime = stages.at(-1);
const all = stages.flatMap((stage) => stage.instructions);

interface ComposeService {
  image?: string;
  build?: unknown;
  command?: unknown;
  environment?: unknown;
  depends_on?: Record<string, { condition?: string }>;
  restart?: string;
}
const compose = parseYaml(read('docker-compose.yml'), { merge: true }) as {
  services?: Record<string, ComposeService>;
};
const services = compose.services ?? {};

describe('Dockerfile', () => {
  it('has a build stage and a separate runtime stage', () => {
    expect(stages.length).toBeGreaterThanOrEqual(2);
    expect(runtime?.instructions.some((i) => i.keyword === 'COPY' && i.args.includes('--from='))).toBe(true);
  });

  it('builds and runs on the Node LTS that CI tests, which package.json supports', () => {
    const ciMajor = /^NODE_LTS_MAJOR=(\d+)$/m.exec(read('.ci/run'))?.[1];
    expect(ciMajor).toBeDefined();
    const bases = stages.map((stage) => stage.instructions[0]?.args.split(/\s+/)[0]);
    expect(bases).toEqual(stages.map(() => `node:${ciMajor}-slim`));
    // engines is `^20.19.0 || >=22.12.0`: its open-ended range must take the LTS in.
    const engines = (JSON.parse(read('package.json')) as { engines: { node: string } }).engines.node;
    const openRangeMajor = /\|\|\s*>=\s*(\d+)/.exec(engines)?.[1];
    expect(Number(openRangeMajor)).toBeLessThanOrEqual(Number(ciMajor));
  });

  it('copies from the build context only paths that exist and are not docker-ignored', () => {
    const ignored = read('.dockerignore')
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !line.startsWith('#'));
    const copies = all.filter(
      (i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && !i.args.includes('--from='),
    );
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) {
      const parts = words(copy.args).filter((word) => !word.startsWith('--'));
      const sources = parts.slice(0, -1);
      expect(sources.length, `line ${copy.line} copies something`).toBeGreaterThan(0);
      for (const source of sources) {
        const relative = source.replace(/^\.\//, '').replace(/\/$/, '');
        expect(existsSync(path.join(root, relative)), `line ${copy.line}: ${source} exists`).toBe(true);
        const topLevel = relative.split('/')[0] ?? relative;
        expect(ignored, `line ${copy.line}: ${source} is not in .dockerignore`).not.toContain(topLevel);
      }
    }
  });

  it('runs the runtime stage as a user that is not root', () => {
    const users = (runtime?.instructions ?? []).filter((i) => i.keyword === 'USER');
    const last = users.at(-1);
    expect(last, 'the runtime stage sets USER').toBeDefined();
    const user = (last?.args ?? '').trim().split(':')[0];
    expect(['root', '0', '']).not.toContain(user);
  });

  it('installs only production dependencies in the runtime stage', () => {
    const runs = (runtime?.instructions ?? []).filter((i) => i.keyword === 'RUN').map((i) => i.args);
    expect(runs.some((run) => /npm ci\b.*--omit=dev/.test(run))).toBe(true);
  });

  it('has a HEALTHCHECK that calls /healthz', () => {
    const healthchecks = (runtime?.instructions ?? []).filter((i) => i.keyword === 'HEALTHCHECK');
    expect(healthchecks).toHaveLength(1);
    expect(healthchecks[0]?.args).toContain('/healthz');
  });

  it('starts the compiled server, whose source exists', () => {
    const cmd = (runtime?.instructions ?? []).filter((i) => i.keyword === 'CMD').at(-1);
    expect(cmd, 'the runtime stage has a CMD').toBeDefined();
    const argv = words(cmd?.args ?? '');
    expect(argv[0]).toBe('node');
    const target = argv[1] ?? '';
    expect(target).toBe('dist/src/server.js');
    expect(existsSync(path.join(root, sourceOf(target)))).toBe(true);
  });

  it('sets only environment variables that src/config.ts defines', () => {
    const names = all.filter((i) => i.keyword === 'ENV').flatMap((i) => envNames(i.args));
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(configKeys, `ENV ${name}`).toContain(name);
  });

  it('exposes the port it listens on by default', () => {
    const env = new Map(
      (runtime?.instructions ?? [])
        .filter((i) => i.keyword === 'ENV')
        .flatMap((i) =>
          [...i.args.matchAll(/([A-Za-z_][A-Za-z0-9_]*)=(\S+)/g)].map((m) => [m[1], m[2]] as const),
        ),
    );
    const exposed = (runtime?.instructions ?? [])
      .filter((i) => i.keyword === 'EXPOSE')
      .flatMap((i) => words(i.args));
    expect(exposed).toContain(env.get('PORT') ?? '3000');
  });
});

describe('docker-compose.yml', () => {
  it('has the postgres, migrate and api services', () => {
    expect(Object.keys(services)).toEqual(expect.arrayContaining(['postgres', 'migrate', 'api']));
  });

  it('sets only environment variables that src/config.ts defines (besides the postgres image own)', () => {
    let checked = 0;
    for (const [name, service] of Object.entries(services)) {
      for (const variable of composeEnvNames(service.environment)) {
        if (isPostgresImageVariable(variable)) continue;
        expect(configKeys, `${name}: ${variable}`).toContain(variable);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });

  it('gives the API and the migration a DATABASE_URL, so neither starts an embedded PostgreSQL', () => {
    for (const name of ['api', 'migrate']) {
      expect(composeEnvNames(services[name]?.environment), name).toContain('DATABASE_URL');
    }
  });

  it('runs the compiled migration entry point once, whose source exists', () => {
    const migrate = services.migrate;
    expect(migrate?.restart).toBe('no');
    expect(migrate?.depends_on?.postgres?.condition).toBe('service_healthy');
    const command = migrate?.command;
    const argv = Array.isArray(command)
      ? command.map(String)
      : typeof command === 'string'
        ? command.split(/\s+/)
        : [];
    expect(argv[0]).toBe('node');
    const target = argv[1] ?? '';
    expect(target).toBe('dist/src/db/migrate-cli.js');
    expect(existsSync(path.join(root, sourceOf(target)))).toBe(true);
  });

  it('starts the API after the migration has completed', () => {
    const api = services.api;
    expect(api?.depends_on?.postgres?.condition).toBe('service_healthy');
    expect(api?.depends_on?.migrate?.condition).toBe('service_completed_successfully');
  });
});
