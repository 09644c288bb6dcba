/**
 * Skills inferred from a brief's plain words, learnt from the collective itself: every
 * endorsed worked example is text that a colleague labelled with skill slugs, and every
 * profile is text its author labelled with theirs. Each skill becomes one document (the
 * lexemes of its examples, and more weakly of its members' profiles), and a brief is scored
 * against those documents with BM25, so words that only one or two skills use ("dieline",
 * "forecast", "booking") say much and words every skill uses say nothing. Built with the
 * matching model, from the same PostgreSQL lexemes, so it speaks the collective's language.
 */
import { WEIGHTS } from './matching.weights.js';

export interface SkillModel {
  /** Lexeme -> per skill, the term's BM25 weight for that skill document. */
  postings: Map<string, { skill: number; weight: number }[]>;
  skills: string[];
}

export interface InferredSkill {
  skill: string;
  /** The brief's lexemes that spoke for it, or the thesaurus terms it matched, strongest first (for reasons). */
  words: string[];
}

/** A word related to the brief's (matching.synonyms.ts): it speaks for skills at its weight, in the name of its cue. */
export interface RelatedWord {
  lexeme: string;
  weight: number;
  cue: string;
}

/** One labelled text: its lexemes (each counted once) and the skills it is labelled with. */
export interface LabelledText {
  lexemes: Iterable<string>;
  skills: readonly string[];
  /** How much this text says about its skills: examples more than self-written profiles. */
  weight: number;
}

export function buildSkillModel(texts: Iterable<LabelledText>): SkillModel {
  const { k1, b } = WEIGHTS.inference.bm25;
  /** Per skill: lexeme -> summed weight of the texts containing it, and the document's length. */
  const documents = new Map<string, { terms: Map<string, number>; length: number }>();
  for (const text of texts) {
    const lexemes = [...new Set(text.lexemes)];
    for (const skill of new Set(text.skills)) {
      const document = documents.get(skill) ?? { terms: new Map<string, number>(), length: 0 };
      for (const lexeme of lexemes)
        document.terms.set(lexeme, (document.terms.get(lexeme) ?? 0) + text.weight);
      document.length += lexemes.length * text.weight;
      documents.set(skill, document);
    }
  }
  const skills = [...documents.keys()];
  const all = [...documents.values()];
  const averageLength = all.reduce((sum, d) => sum + d.length, 0) / Math.max(1, all.length);
  const skillsWith = new Map<string, number>();
  for (const { terms } of all) {
    for (const lexeme of terms.keys()) skillsWith.set(lexeme, (skillsWith.get(lexeme) ?? 0) + 1);
  }
  const postings = new Map<string, { skill: number; weight: number }[]>();
  all.forEach(({ terms, length }, skill) => {
    const norm = k1 * (1 - b + (b * length) / Math.max(1e-9, averageLength));
    for (const [lexeme, frequency] of terms) {
      const df = skillsWith.get(lexeme) ?? 1;
      const idf = Math.log(1 + (skills.length - df + 0.5) / (df + 0.5));
      const weight = (idf * frequency * (k1 + 1)) / (frequency + norm);
      const list = postings.get(lexeme);
      if (list) list.push({ skill, weight });
      else postings.set(lexeme, [{ skill, weight }]);
    }
  });
  return { postings, skills };
}

/** Each skill's BM25 score for the brief's lexemes, with the lexemes that contributed. */
function scoreSkills(model: SkillModel, lexemes: readonly string[], related: readonly RelatedWord[]) {
  const scores = new Map<number, { score: number; words: { word: string; weight: number }[] }>();
  const own = [...new Set(lexemes)].map((lexeme) => ({ lexeme, weight: 1, cue: lexeme }));
  for (const { lexeme, weight: share, cue } of [...own, ...related]) {
    for (const posting of model.postings.get(lexeme) ?? []) {
      const weight = share * posting.weight;
      const entry = scores.get(posting.skill) ?? { score: 0, words: [] };
      entry.score += weight;
      entry.words.push({ word: cue, weight });
      scores.set(posting.skill, entry);
    }
  }
  return [...scores.entries()]
    .map(([skill, entry]) => ({ skill: model.skills[skill] ?? '', ...entry }))
    .sort((a, b) => b.score - a.score || (a.skill < b.skill ? -1 : 1));
}

/**
 * The skills a brief most likely asks for, from its lexemes and, at their lower weights, the
 * words related to them: the best-scoring skill documents, when the best is
 * clearly supported (at least `minScore`) and each one kept scores near the best. Deterministic:
 * ties go to the skill slug that sorts first.
 */
export function inferSkills(
  model: SkillModel,
  lexemes: readonly string[],
  related: readonly RelatedWord[] = [],
): InferredSkill[] {
  const { minScore, nearBest, maxSkills } = WEIGHTS.inference;
  const ranked = scoreSkills(model, lexemes, related);
  const best = ranked[0]?.score ?? 0;
  if (best < minScore) return [];
  return ranked
    .filter((entry) => entry.score >= nearBest * best)
    .slice(0, maxSkills)
    .map((entry) => ({
      skill: entry.skill,
      words: [
        ...new Set(
          entry.words.sort((a, b) => b.weight - a.weight || (a.word < b.word ? -1 : 1)).map((w) => w.word),
        ),
      ].slice(0, 3),
    }));
}
