/**
 * Skills inferred from a brief's plain words, learnt from the collective itself: every
 * endorsed worked example is text that a colleague labelled with skill slugs, and every
 * profile is text its author labelled with theirs. Each skill becomes one document (the
 * lexemes of its examples, and more weakly of its members' profiles), and a brief is scored
 * against those documents with BM25, so words that only one or two skills use ("dieline",
 * "forecast", "booking") say much and words every skill uses say nothing. Built with the
 * matching model, from the same PostgreSQL lexemes, so it speaks the collective's language.
 */
/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by numbers the model itself assigned */
import { entries, lookup, type Lexicon } from './matching.strings.js';
import { WEIGHTS } from './matching.weights.js';

export interface SkillModel {
  /** Lexeme -> its row: the skills whose document holds row r are skillOf[offsets[r] .. offsets[r+1]). */
  rows: Lexicon;
  offsets: Int32Array;
  skillOf: Int32Array;
  /** The term's BM25 weight in that skill's document, alike. */
  weights: Float64Array;
  skills: string[];
}

export interface InferredSkill {
  skill: string;
  /** The brief's lexemes that spoke for it, or the thesaurus terms it matched, strongest first (for reasons). */
  words: string[];
}

/** One of the brief's own lexemes (each once), at the weight of the sentence it is in (matching.brief.ts). */
export interface BriefWord {
  lexeme: string;
  weight: number;
}

/** A word related to the brief's (matching.synonyms.ts): it speaks for skills at its weight, in the name of its cue. */
export interface RelatedWord {
  lexeme: string;
  weight: number;
  cue: string;
}

/**
 * Labelled texts as the search index holds them: the lexeme numbers of text d (each once) are
 * lexemes[offsets[d] .. offsets[d+1]), and `labelled` gives, per skill slug, the texts labelled
 * with it. `weight`: how much these texts say about their skills (examples more than
 * self-written profiles).
 */
export interface LabelledTexts {
  lexemes: ArrayLike<number>;
  offsets: Int32Array;
  labelled: { keys: Lexicon; offsets: Int32Array; docs: Int32Array };
  weight: number;
}

/**
 * One BM25 document per skill from the texts labelled with it, in typed arrays: a rebuild
 * sums millions of (skill, lexeme) pairs, which as maps keyed by strings cost seconds at
 * 10,000 members.
 */
export function buildSkillModel(
  lexemes: Lexicon,
  lexemeCount: number,
  sources: readonly LabelledTexts[],
): SkillModel {
  const { k1, b } = WEIGHTS.inference.bm25;
  // The skills some text is labelled with, in slug order.
  const skills = [
    ...new Set(
      sources.flatMap(({ labelled }) =>
        [...entries(labelled.keys)]
          .filter(([, k]) => labelled.offsets[k]! < labelled.offsets[k + 1]!)
          .map(([skill]) => skill),
      ),
    ),
  ].sort();
  const sum = new Float64Array(lexemeCount);
  const present: number[] = [];
  const termLexeme: number[] = [];
  const termSkill: number[] = [];
  const termFrequency: number[] = [];
  const lengths = new Float64Array(skills.length);
  const skillsWith = new Int32Array(lexemeCount);
  skills.forEach((skill, s) => {
    for (const { lexemes, offsets, labelled, weight } of sources) {
      const k = lookup(labelled.keys, skill);
      if (k === undefined) continue;
      for (let i = labelled.offsets[k]!; i < labelled.offsets[k + 1]!; i += 1) {
        const d = labelled.docs[i]!;
        for (let j = offsets[d]!; j < offsets[d + 1]!; j += 1) {
          const id = lexemes[j]!;
          if (sum[id] === 0) present.push(id);
          sum[id]! += weight;
        }
        lengths[s]! += (offsets[d + 1]! - offsets[d]!) * weight;
      }
    }
    for (const id of present) {
      termLexeme.push(id);
      termSkill.push(s);
      termFrequency.push(sum[id]!);
      skillsWith[id]! += 1;
      sum[id] = 0;
    }
    present.length = 0;
  });
  const averageLength = lengths.reduce((total, length) => total + length, 0) / Math.max(1, skills.length);
  // Grouped by lexeme with a counting sort, so that a brief's word finds its skills in one range.
  const counts = new Int32Array(lexemeCount + 1);
  for (const id of termLexeme) counts[id + 1]! += 1;
  for (let id = 0; id < lexemeCount; id += 1) counts[id + 1]! += counts[id]!;
  const fill = counts.slice(0, lexemeCount);
  const skillOf = new Int32Array(termLexeme.length);
  const weights = new Float64Array(termLexeme.length);
  termLexeme.forEach((id, t) => {
    const s = termSkill[t]!;
    const frequency = termFrequency[t]!;
    const norm = k1 * (1 - b + (b * lengths[s]!) / Math.max(1e-9, averageLength));
    const df = skillsWith[id]!;
    const idf = Math.log(1 + (skills.length - df + 0.5) / (df + 0.5));
    const slot = fill[id]!;
    skillOf[slot] = s;
    weights[slot] = (idf * frequency * (k1 + 1)) / (frequency + norm);
    fill[id] = slot + 1;
  });
  return { rows: lexemes, offsets: counts, skillOf, weights, skills };
}

/**
 * How much a word may say about a skill, from how many of the collective's members use it
 * (`membersWith`) of `members`: fully up to members^`commonFrom`, then less as it grows common,
 * to nothing when everyone uses it. BM25's idf counts skill documents, a few hundred small ones,
 * so an everyday word ("pro", "Tag", "need") found in a handful of them looks rare there while
 * many members' texts hold it.
 */
export function specificity(membersWith: number, members: number): number {
  const { commonFrom } = WEIGHTS.inference;
  if (membersWith <= members ** commonFrom) return 1;
  return Math.log(members / membersWith) / ((1 - commonFrom) * Math.log(members));
}

/** Each skill's BM25 score for the brief's lexemes, with the lexemes that contributed. */
function scoreSkills(
  model: SkillModel,
  words: readonly BriefWord[],
  related: readonly RelatedWord[],
  specific: (lexeme: string) => number,
) {
  const scores = new Map<number, { score: number; words: { word: string; weight: number }[] }>();
  const own = words.map(({ lexeme, weight }) => ({ lexeme, weight, cue: lexeme }));
  for (const { lexeme, weight: share, cue } of [...own, ...related]) {
    const row = lookup(model.rows, lexeme);
    if (row === undefined) continue;
    const said = share * specific(lexeme);
    for (let t = model.offsets[row]!; t < model.offsets[row + 1]!; t += 1) {
      const skill = model.skillOf[t]!;
      const weight = said * model.weights[t]!;
      const entry = scores.get(skill) ?? { score: 0, words: [] };
      entry.score += weight;
      entry.words.push({ word: cue, weight });
      scores.set(skill, entry);
    }
  }
  return [...scores.entries()]
    .map(([skill, entry]) => ({ skill: model.skills[skill] ?? '', ...entry }))
    .sort((a, b) => b.score - a.score || (a.skill < b.skill ? -1 : 1));
}

/**
 * The skills a brief most likely asks for, from its lexemes at their weights and, lower, the
 * words related to them, each word at its `specific` weight (1 by default; the service passes
 * `specificity` in the collective): the best-scoring skill documents, when the best is
 * clearly supported (at least `minScore`) and each one kept scores near the best. Deterministic:
 * ties go to the skill slug that sorts first.
 */
export function inferSkills(
  model: SkillModel,
  words: readonly BriefWord[],
  related: readonly RelatedWord[] = [],
  specific: (lexeme: string) => number = () => 1,
): InferredSkill[] {
  const { minScore, nearBest, maxSkills } = WEIGHTS.inference;
  const ranked = scoreSkills(model, words, related, specific);
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
