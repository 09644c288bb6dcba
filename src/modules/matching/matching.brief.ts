/**
 * What a brief asks for, told apart from what it says about the client. Clients often say who
 * they are first ("We run a small photography and video business", "Wir sind eine
 * Tischlerei") and what they need in another sentence ("We need proper paperwork", "Müssen
 * wir das zahlen?"). A trade word in the sentence about the client would otherwise pull in
 * that trade (photographers for a contract brief). So a brief is read sentence by sentence:
 * a sentence that asks (a question, or a request: need, looking for, can someone; brauchen,
 * suchen, kann jemand) counts fully, and the others less, least a sentence in which the
 * client describes themselves (we are a, we run; wir sind, ich betreibe).
 *
 * The cues are general function words and phrases of requests and self-descriptions in each
 * language, written from the languages' grammar, not from any benchmark brief. A language
 * without cues reads every sentence alike, as does a brief with no cue at all.
 */
import type { Stemmer } from './matching.synonyms.js';
import { WEIGHTS } from './matching.weights.js';

export type SentenceRole = 'ask' | 'plain' | 'self';

interface Cues {
  /** A request: the sentence says what the client wants done. */
  ask: RegExp;
  /** The client describing who they are or what they have. */
  self: RegExp;
}

// ’ and ' both appear in what clients type.
const CUES: Readonly<Partial<Record<string, Cues>>> = {
  en: {
    ask: /\b(?:need|needs|needed|want|wants|would like|['’]d like|would love|['’]d love|looking for|searching for|seeking|require|requires|can (?:someone|somebody|anyone|anybody|you)|could (?:someone|somebody|anyone|anybody|you)|who can|who could|is there (?:someone|anyone|anybody)|help|please)\b/i,
    // "We're a ...", not "we're spending ...": the progressive tells what is going on, not who.
    self: /\b(?:we|i)(?: are| am|['’]re|['’]m) (?!\S+ing\b)|\b(?:we|i) (?:run|own|have|manage|operate|founded|started)\b/i,
  },
  de: {
    ask: /\b(?:brauche|brauchen|braucht|benötige|benötigen|benötigt|suche|suchen|sucht|möchte|möchten|will|wollen|würde gern|würden gern|hätte gern|hätten gern|wünsche|wünschen|wer kann|kann jemand|könnte jemand|gibt es jemand|hilfe|helfen|bitte)\b/i,
    self: /\b(?:wir|ich) (?:sind|bin|haben|habe|betreiben|betreibe|führen|führe)\b/i,
  },
};

/**
 * The words of asking itself (need, someone, please; brauchen, jemand, bitte): every brief
 * says them, so they say nothing about which work, yet in a collective's few hundred skill
 * documents they look rare. Left out of the brief's words.
 */
const REQUEST_WORDS: Readonly<Partial<Record<string, readonly string[]>>> = {
  en: [
    'need',
    'needs',
    'want',
    'wants',
    'like',
    'love',
    'someone',
    'somebody',
    'anyone',
    'anybody',
    'please',
    'help',
    'require',
  ],
  de: [
    'brauche',
    'brauchen',
    'braucht',
    'benötige',
    'benötigen',
    'möchte',
    'möchten',
    'wollen',
    'will',
    'wünschen',
    'jemand',
    'jemanden',
    'bitte',
    'hilfe',
    'helfen',
    'gern',
    'gerne',
  ],
};

/** The lexemes of a language's request words, stemmed once per configuration (one query). */
export function createRequestWords(stem: Stemmer) {
  const stemmed = new Map<string, Promise<ReadonlySet<string>>>();
  return (language: string, config: string): Promise<ReadonlySet<string>> => {
    const key = `${language}:${config}`;
    const known = stemmed.get(key);
    if (known !== undefined) return known;
    const words = REQUEST_WORDS[language] ?? [];
    const loading =
      words.length === 0
        ? Promise.resolve(new Set<string>())
        : stem(config, words).then((lexemes) => new Set(lexemes.flat()));
    // A failed load (database unavailable) is tried again by the next brief.
    loading.catch(() => stemmed.delete(key));
    stemmed.set(key, loading);
    return loading;
  };
}

/**
 * The brief's sentences: split after a full stop, question or exclamation mark, or semicolon
 * followed by a space, and at line breaks.
 */
export function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?;])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

/** What one sentence does in a brief written in `language` (plain when the language has no cues). */
export function roleOf(language: string, sentence: string): SentenceRole {
  const cues = CUES[language];
  if (cues === undefined) return 'plain';
  if (/\?\s*$/.test(sentence) || cues.ask.test(sentence)) return 'ask';
  return cues.self.test(sentence) ? 'self' : 'plain';
}

/**
 * Each lexeme's weight in the brief, from the sentences it appears in (their roles and
 * lexemes, in order): the weight of its strongest sentence's role, relative to the strongest
 * role the brief has, so that a brief that never asks in so many words keeps its plain
 * sentences at full weight, and one that only describes itself is read whole.
 */
export function lexemeWeights(
  parsed: readonly { role: SentenceRole; lexemes: readonly string[] }[],
  requestWords: ReadonlySet<string>,
  /** The lexemes of the skills the brief names: they are the work asked for, at full weight. */
  requested: readonly string[] = [],
): Map<string, number> {
  const of = WEIGHTS.brief;
  const sentences = parsed.map(({ role, lexemes }) => ({
    role,
    lexemes: lexemes.filter((lexeme) => !requestWords.has(lexeme)),
  }));
  const strongest = Math.max(
    ...sentences.filter(({ lexemes }) => lexemes.length > 0).map(({ role }) => of[role]),
  );
  const weights = new Map<string, number>();
  for (const { role, lexemes } of sentences) {
    const weight = of[role] / strongest;
    for (const lexeme of lexemes) weights.set(lexeme, Math.max(weight, weights.get(lexeme) ?? 0));
  }
  for (const lexeme of requested) weights.set(lexeme, 1);
  return weights;
}
