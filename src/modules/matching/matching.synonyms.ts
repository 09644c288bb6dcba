/**
 * Words related to a brief's words, looked for at a lower weight than the brief's own: a
 * client writes "predict how much bread we sell", the trade writes "demand forecasting".
 * Two sources: a curated thesaurus of work vocabulary per language (matching.thesaurus.ts),
 * and for English also WordNet (matching.wordnet.ts): synonyms, derived words and more
 * specific terms of a word's most frequent senses. Every related word is stemmed by
 * PostgreSQL with the collective's text search configuration, exactly as the brief and the
 * index are, and the words' stems are remembered per configuration, so a collective's usual
 * vocabulary costs no query after its first briefs.
 */
import { THESAURI } from './matching.thesaurus.js';
import { WEIGHTS } from './matching.weights.js';
import { WordNetLookup, type WordNetRelation } from './matching.wordnet.js';

export interface RelatedLexeme {
  lexeme: string;
  /** The weight a hit on it counts with, relative to a hit on one of the brief's own words. */
  weight: number;
  /** The brief's words it was found from, and the related word as written (for reasons). */
  cue: string;
  word: string;
}

/** Each text's lexemes in a text search configuration (none for a stop word). */
export type Stemmer = (config: string, texts: readonly string[]) => Promise<string[][]>;

interface ThesaurusEntry {
  cue: string;
  cueLexemes: string[];
  targets: { word: string; lexemes: string[] }[];
}

/** Texts whose stems are remembered per configuration. */
const REMEMBERED_STEMS = 50_000;

/** The brief's words in the order written: letters and digits, with inner apostrophes and hyphens. */
function wordsOf(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** A thesaurus line's terms: `a, b => c, d` (one way) or `a, b, c` (each to the others). */
function parseLine(line: string): { cues: string[]; targets: string[] }[] {
  const terms = (part: string) =>
    part
      .split(',')
      .map((term) => term.trim())
      .filter((term) => term.length > 0);
  const arrow = line.indexOf('=>');
  if (arrow >= 0) return [{ cues: terms(line.slice(0, arrow)), targets: terms(line.slice(arrow + 2)) }];
  const group = terms(line);
  return group.map((cue) => ({ cues: [cue], targets: group.filter((t) => t !== cue) }));
}

function wordNetWeight(relation: WordNetRelation): number {
  const w = WEIGHTS.related;
  return w[relation.relation] * w.senseDecay ** relation.sense;
}

export function createExpander(stem: Stemmer, wordNet = new WordNetLookup()) {
  const stems = new Map<string, Map<string, string[]>>();
  const thesauri = new Map<string, Promise<ThesaurusEntry[]>>();

  /** The lexemes of each text, from memory or in one query for those not seen yet. */
  async function stemmed(config: string, texts: readonly string[]): Promise<Map<string, string[]>> {
    let known = stems.get(config);
    if (known === undefined) {
      known = new Map();
      stems.set(config, known);
    }
    const missing = [...new Set(texts.filter((t) => !known.has(t)))];
    if (missing.length > 0) {
      const lexemes = await stem(config, missing);
      missing.forEach((text, i) => known.set(text, lexemes[i] ?? []));
      for (const oldest of known.keys()) {
        if (known.size <= REMEMBERED_STEMS) break;
        known.delete(oldest);
      }
    }
    return new Map(texts.map((t) => [t, known.get(t) ?? []]));
  }

  /** A language's thesaurus with every term stemmed, once per configuration. */
  function thesaurus(language: string, config: string): Promise<ThesaurusEntry[]> {
    const key = `${language}:${config}`;
    let entries = thesauri.get(key);
    if (entries === undefined) {
      const pairs = (THESAURI[language] ?? []).flatMap(parseLine);
      const terms = [...new Set(pairs.flatMap((p) => [...p.cues, ...p.targets]))];
      const loading = stem(config, terms).then((lexemes) => {
        const of = new Map(terms.map((term, i) => [term, lexemes[i] ?? []]));
        return pairs.flatMap(({ cues, targets }) =>
          cues.map((cue) => ({
            cue,
            cueLexemes: of.get(cue) ?? [],
            targets: targets.map((word) => ({ word, lexemes: of.get(word) ?? [] })),
          })),
        );
      });
      loading.catch(() => thesauri.delete(key));
      thesauri.set(key, loading);
      entries = loading;
    }
    return entries;
  }

  /**
   * The lexemes related to a brief, each with the weight of its strongest source, leaving out
   * the brief's own lexemes. `lexemes` are the brief's, as PostgreSQL parsed it.
   */
  async function expand(brief: {
    language: string;
    config: string;
    text: string;
    lexemes: readonly string[];
  }): Promise<RelatedLexeme[]> {
    const own = new Set(brief.lexemes);
    const found = new Map<string, RelatedLexeme>();
    const add = (lexeme: string, weight: number, cue: string, word: string) => {
      if (own.has(lexeme) || weight <= 0) return;
      const best = found.get(lexeme);
      if (best === undefined || weight > best.weight) found.set(lexeme, { lexeme, weight, cue, word });
    };

    for (const entry of await thesaurus(brief.language, brief.config)) {
      if (entry.cueLexemes.length === 0 || !entry.cueLexemes.every((l) => own.has(l))) continue;
      for (const target of entry.targets) {
        for (const lexeme of target.lexemes) add(lexeme, WEIGHTS.related.thesaurus, entry.cue, target.word);
      }
    }

    if (brief.language === 'en') {
      const words = [...new Set(wordsOf(brief.text))];
      const relations = await Promise.all(words.map((w) => wordNet.relations(w, WEIGHTS.related.maxSenses)));
      // The brief's words are stemmed too: a word with no lexeme is a stop word ("is" is not iodine).
      const lexemesOf = await stemmed(brief.config, [...words, ...relations.flat().map((r) => r.word)]);
      words.forEach((word, i) => {
        if ((lexemesOf.get(word) ?? []).length === 0) return;
        for (const relation of relations[i] ?? []) {
          for (const lexeme of lexemesOf.get(relation.word) ?? []) {
            add(lexeme, wordNetWeight(relation), word, relation.word);
          }
        }
      });
    }
    return [...found.values()].sort((a, b) => (a.lexeme < b.lexeme ? -1 : 1));
  }

  return expand;
}
export type Expander = ReturnType<typeof createExpander>;
