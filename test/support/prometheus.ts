import parsePrometheusTextFormat, { type ParsedFamily } from 'parse-prometheus-text-format';

/**
 * Checking a Prometheus text exposition (format 0.0.4) as a scraper would read it: the
 * parser from npm turns it into families, and since that parser is lenient (it takes
 * `a b` as a sample with value "b"), every line is checked against the format's grammar
 * too, with the rules a scrape enforces: HELP and TYPE once per family and before its
 * samples, a family's samples together, no series twice, and histogram buckets that never
 * decrease and end with +Inf equal to _count.
 */

export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

export interface Exposition {
  families: ParsedFamily[];
  samples: Sample[];
  /** Every rule broken, one line each; empty when the text is valid. */
  problems: string[];
}

const NAME = '[a-zA-Z_:][a-zA-Z0-9_:]*';
const LABEL_PAIR = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\\n]|\\[\\"n])*)"/g;
const LABELS = '(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\\\\n]|\\\\[\\\\"n])*")';
/**
 * A float as Go's strconv.ParseFloat reads it, which is what Prometheus uses: NaN and Inf in any
 * case (prom-client writes `Nan`, for a mean of no samples yet).
 */
const VALUE =
  '(?:[+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?|[Nn][Aa][Nn]|[+-]?[Ii][Nn][Ff](?:[Ii][Nn][Ii][Tt][Yy])?)';
const SAMPLE_LINE = new RegExp(`^(${NAME})(?:\\{(${LABELS}(?:,${LABELS})*,?)?\\})? (${VALUE})(?: -?\\d+)?$`);
const HELP_LINE = new RegExp(`^# HELP (${NAME})(?: (.*))?$`);
const TYPE_LINE = new RegExp(`^# TYPE (${NAME}) (counter|gauge|histogram|summary|untyped)$`);

const unescape = (value: string) => value.replace(/\\(["\\n])/g, (_, c: string) => (c === 'n' ? '\n' : c));
function toNumber(value: string): number {
  if (/nan/i.test(value)) return NaN;
  if (/inf/i.test(value)) return value.startsWith('-') ? -Infinity : Infinity;
  return Number(value);
}

function familyOf(name: string, types: Map<string, string>): string | undefined {
  if (types.has(name)) return name;
  const match = /^(.*)_(bucket|sum|count)$/.exec(name);
  if (!match?.[1]) return undefined;
  const type = types.get(match[1]);
  if (type === 'histogram' || (type === 'summary' && match[2] !== 'bucket')) return match[1];
  return undefined;
}

const seriesKey = (name: string, labels: Record<string, string>, without?: string) =>
  `${name}{${Object.entries(labels)
    .filter(([key]) => key !== without)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([key, value]) => `${key}=${JSON.stringify(value)}`)
    .join(',')}}`;

export function readExposition(text: string): Exposition {
  const problems: string[] = [];
  const helps = new Set<string>();
  const types = new Map<string, string>();
  const finished = new Set<string>();
  const seen = new Set<string>();
  const samples: Sample[] = [];
  let current: string | undefined;

  if (!text.endsWith('\n')) problems.push('the text does not end with a line feed');
  text
    .replace(/\n$/, '')
    .split('\n')
    .forEach((line, index) => {
      const at = `line ${index + 1} (${line.slice(0, 80)})`;
      if (line === '') return;
      const help = HELP_LINE.exec(line);
      const type = TYPE_LINE.exec(line);
      if (help?.[1] !== undefined) {
        if (helps.has(help[1])) problems.push(`${at}: a second HELP for ${help[1]}`);
        helps.add(help[1]);
        return;
      }
      if (type?.[1] !== undefined && type[2] !== undefined) {
        if (types.has(type[1])) problems.push(`${at}: a second TYPE for ${type[1]}`);
        if (finished.has(type[1]) || current === type[1])
          problems.push(`${at}: TYPE after samples of ${type[1]}`);
        types.set(type[1], type[2]);
        return;
      }
      if (line.startsWith('#')) {
        if (/^# (HELP|TYPE)\b/.test(line)) problems.push(`${at}: malformed HELP or TYPE line`);
        return;
      }
      const sample = SAMPLE_LINE.exec(line);
      if (sample?.[1] === undefined || sample[3] === undefined) {
        problems.push(`${at}: not a sample line`);
        return;
      }
      const name = sample[1];
      const labels = Object.fromEntries(
        [...(sample[2] ?? '').matchAll(LABEL_PAIR)].map(([, key = '', value = '']) => [key, unescape(value)]),
      );
      const family = familyOf(name, types);
      if (family === undefined) {
        problems.push(`${at}: no TYPE declared for ${name}`);
      } else {
        if (!helps.has(family)) problems.push(`${at}: no HELP before the samples of ${family}`);
        if (family !== current) {
          if (finished.has(family)) problems.push(`${at}: samples of ${family} are not together`);
          if (current !== undefined) finished.add(current);
          current = family;
        }
      }
      const key = seriesKey(name, labels);
      if (seen.has(key)) problems.push(`${at}: ${key} appears twice`);
      seen.add(key);
      samples.push({ name, labels, value: toNumber(sample[3]) });
    });

  for (const [family, type] of types) {
    if (type === 'histogram') problems.push(...histogramProblems(family, samples));
  }

  let families: ParsedFamily[] = [];
  try {
    families = parsePrometheusTextFormat(text);
  } catch (err) {
    problems.push(`parse-prometheus-text-format: ${(err as Error).message}`);
  }
  return { families, samples, problems };
}

/** Per label set: buckets in ascending `le`, never decreasing, the last +Inf and equal to _count. */
function histogramProblems(family: string, samples: Sample[]): string[] {
  const problems: string[] = [];
  const buckets = new Map<string, { le: number; value: number }[]>();
  for (const s of samples.filter((s) => s.name === `${family}_bucket`)) {
    if (s.labels.le === undefined) {
      problems.push(`${family}_bucket without le`);
      continue;
    }
    const key = seriesKey(family, s.labels, 'le');
    buckets.set(key, [...(buckets.get(key) ?? []), { le: toNumber(s.labels.le), value: s.value }]);
  }
  for (const [key, series] of buckets) {
    series.forEach((bucket, i) => {
      const before = series[i - 1];
      if (before && !(bucket.le > before.le)) problems.push(`${key}: le ${bucket.le} after ${before.le}`);
      if (before && bucket.value < before.value)
        problems.push(`${key}: bucket le=${bucket.le} below the one before`);
    });
    const last = series.at(-1);
    if (last?.le !== Infinity) problems.push(`${key}: no +Inf bucket last`);
    const count = samples.find((s) => seriesKey(s.name, s.labels) === key.replace(family, `${family}_count`));
    if (count === undefined) problems.push(`${key}: no _count`);
    else if (last?.value !== count.value)
      problems.push(`${key}: +Inf bucket ${last?.value} is not _count ${count.value}`);
    if (!samples.some((s) => seriesKey(s.name, s.labels) === key.replace(family, `${family}_sum`)))
      problems.push(`${key}: no _sum`);
  }
  return problems;
}

/** The value of the one sample with this name and (at least) these labels; throws when absent. */
export function valueOf(exposition: Exposition, name: string, labels: Record<string, string> = {}): number {
  const matches = exposition.samples.filter(
    (s) => s.name === name && Object.entries(labels).every(([key, value]) => s.labels[key] === value),
  );
  if (matches.length !== 1) throw new Error(`${matches.length} samples of ${seriesKey(name, labels)}`);
  return matches[0]!.value;
}
