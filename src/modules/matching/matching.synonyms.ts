/**
 * Words related to a brief's words, looked for at a lower weight than the brief's own: a
 * client writes "labels and boxes for our tea", the trade writes "packaging design". The
 * source is a curated thesaurus of work vocabulary per language (matching.thesaurus.ts). Its
 * terms are stemmed by PostgreSQL with the collective's text search configuration, exactly as
 * the brief and the index are, once per configuration and process (one query, a few hundred
 * terms), so that a cue matches the brief's lexemes whatever inflection either uses.
 *
 * English WordNet was measured as a second source and dropped (bench/README.md): on top of
 * the thesaurus it changed nothing beyond noise, and alone it added 0.004 nDCG@10.
 */
import { TRADES, type Trade } from './matching.thesaurus.js';
import { WEIGHTS } from './matching.weights.js';

export interface RelatedLexeme {
  lexeme: string;
  /** The weight a hit on it counts with, relative to a hit on one of the brief's own words. */
  weight: number;
  /** The thesaurus term the brief matched, and the related term the lexeme comes from (for reasons). */
  cue: string;
  word: string;
}

/** Each text's lexemes in a text search configuration (none for stop words only). */
export type Stemmer = (config: string, texts: readonly string[]) => Promise<string[][]>;

interface ThesaurusEntry {
  cue: string;
  cueLexemes: string[];
  targets: { word: string; lexemes: string[] }[];
}

/** A trade of the thesaurus with the lexemes of all its terms (sorted). */
export interface StemmedTrade {
  trade: string;
  lexemes: readonly string[];
}

/** A language's thesaurus, stemmed: its entries, and its trades. */
interface StemmedThesaurus {
  entries: ThesaurusEntry[];
  trades: StemmedTrade[];
}

/** A thesaurus line's terms: `a, b => c, d` (one way) or `a, b, c` (each to the others). */
export function parseThesaurusLine(line: string): { cues: string[]; targets: string[] }[] {
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

export function createExpander(
  stem: Stemmer,
  thesauri: Readonly<Partial<Record<string, readonly Trade[]>>> = TRADES,
) {
  const stemmed = new Map<string, Promise<StemmedThesaurus>>();

  /** A language's thesaurus with every term stemmed, once per configuration. */
  function thesaurus(language: string, config: string): Promise<StemmedThesaurus> {
    const key = `${language}:${config}`;
    const known = stemmed.get(key);
    if (known !== undefined) return known;
    const trades = (thesauri[language] ?? []).map(({ trade, lines }) => ({
      trade,
      pairs: lines.flatMap(parseThesaurusLine),
    }));
    const pairs = trades.flatMap((t) => t.pairs);
    const terms = [...new Set(pairs.flatMap((p) => [...p.cues, ...p.targets]))];
    const loading =
      terms.length === 0
        ? Promise.resolve({ entries: [], trades: [] })
        : stem(config, terms).then((lexemes) => {
            const of = new Map(terms.map((term, i) => [term, lexemes[i] ?? []]));
            return {
              entries: pairs.flatMap(({ cues, targets }) =>
                cues.map((cue) => ({
                  cue,
                  cueLexemes: of.get(cue) ?? [],
                  targets: targets.map((word) => ({ word, lexemes: of.get(word) ?? [] })),
                })),
              ),
              trades: trades.map(({ trade, pairs: tradePairs }) => ({
                trade,
                lexemes: [
                  ...new Set(
                    tradePairs.flatMap((p) =>
                      [...p.cues, ...p.targets].flatMap((term) => of.get(term) ?? []),
                    ),
                  ),
                ].sort(),
              })),
            };
          });
    // A failed load (database unavailable) is tried again by the next brief.
    loading.catch(() => stemmed.delete(key));
    stemmed.set(key, loading);
    return loading;
  }

  /**
   * The lexemes related to a brief, each with the weight of its strongest source (the first
   * found among equals), leaving out
   * the brief's own lexemes (as PostgreSQL parsed them), sorted by lexeme. A term of several
   * words is a cue when the brief has all of them.
   */
  async function expand(brief: {
    language: string;
    config: string;
    lexemes: readonly string[];
    /** A brief lexeme's weight (matching.brief.ts), 1 when absent: a cue weighs as its weakest word. */
    weights?: ReadonlyMap<string, number>;
  }): Promise<RelatedLexeme[]> {
    const own = new Set(brief.lexemes);
    const found = new Map<string, RelatedLexeme>();
    const weightOf = (lexeme: string) => brief.weights?.get(lexeme) ?? 1;
    for (const entry of (await thesaurus(brief.language, brief.config)).entries) {
      if (entry.cueLexemes.length === 0 || !entry.cueLexemes.every((l) => own.has(l))) continue;
      const weight = WEIGHTS.related.thesaurus * Math.min(...entry.cueLexemes.map(weightOf));
      for (const target of entry.targets) {
        for (const lexeme of target.lexemes) {
          if (!own.has(lexeme) && weight > (found.get(lexeme)?.weight ?? 0))
            found.set(lexeme, { lexeme, weight, cue: entry.cue, word: target.word });
        }
      }
    }
    return [...found.values()].sort((a, b) => (a.lexeme < b.lexeme ? -1 : 1));
  }

  /** The trades of the language's thesaurus, in its order, with their lexemes: one array per configuration. */
  async function tradeLexemes(language: string, config: string): Promise<readonly StemmedTrade[]> {
    return (await thesaurus(language, config)).trades;
  }

  return { expand, tradeLexemes };
}
