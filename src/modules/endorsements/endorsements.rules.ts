import type { FieldError } from '../../http/errors.js';
import type { CreateEndorsementBody } from './endorsements.schemas.js';

export const MIN_DESCRIPTION_CHARS = 80;
export const MIN_DESCRIPTION_WORDS = 12;
/** Fewer distinct words than this reads as a handful of words padded out. */
export const MIN_DISTINCT_WORDS = 8;

/**
 * Words as Unicode word segmentation (UAX #29, with ICU's dictionaries for scripts written
 * without spaces: Chinese, Japanese, Thai, Khmer...) finds them, so a description in any
 * script is measured by the same thresholds. Punctuation and spaces are not words.
 */
const WORD_SEGMENTER = new Intl.Segmenter(undefined, { granularity: 'word' });

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const { segment, isWordLike } of WORD_SEGMENTER.segment(text)) {
    if (isWordLike) words.push(segment.toLowerCase());
  }
  return words;
}

/** How many words a text has, by the same segmentation as the rule (matching weighs examples by it). */
export function countWords(text: string): number {
  return wordsOf(text).length;
}

/**
 * Why a worked example's description is not real text, or null when it is. A description
 * must say what the person did: at least 80 characters and 12 words, not one character or
 * one word repeated, not a few words padded out to length.
 */
export function descriptionProblem(description: string): string | null {
  const text = description.trim();
  // Characters as people count them (code points), not UTF-16 units.
  const length = Array.from(text).length;
  if (length < MIN_DESCRIPTION_CHARS) {
    return `is ${length} characters; describe what they did in at least ${MIN_DESCRIPTION_CHARS}`;
  }
  const letters = Array.from(text.replace(/\s/g, ''));
  const counts = new Map<string, number>();
  for (const ch of letters) counts.set(ch.toLowerCase(), (counts.get(ch.toLowerCase()) ?? 0) + 1);
  if (Math.max(...counts.values()) / letters.length > 0.5) {
    return 'is mostly one character repeated; describe the work in real sentences';
  }
  const words = wordsOf(text);
  if (words.length < MIN_DESCRIPTION_WORDS) {
    return `has ${words.length} words; describe what they did in at least ${MIN_DESCRIPTION_WORDS}`;
  }
  const wordCounts = new Map<string, number>();
  for (const w of words) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
  if (Math.max(...wordCounts.values()) / words.length > 0.4) {
    return 'repeats one word over and over; describe the work in real sentences';
  }
  if (wordCounts.size < MIN_DISTINCT_WORDS) {
    return `uses only ${wordCounts.size} different words; a few words padded out is not a worked example`;
  }
  return null;
}

/** The rules of a worked example that need more than a schema: text quality and dates. */
export function exampleProblems(body: CreateEndorsementBody, today: string): FieldError[] {
  const problems: FieldError[] = [];
  const at = (pointer: string, detail: string) => problems.push({ pointer, detail, location: 'body' });
  const { example, relationship } = body;
  const description = descriptionProblem(example.description);
  if (description) at('/example/description', description);
  if (example.startedOn > today) at('/example/startedOn', 'must not be in the future');
  if (example.endedOn !== undefined) {
    if (example.endedOn < example.startedOn) at('/example/endedOn', 'must not be before startedOn');
    if (example.endedOn > today) at('/example/endedOn', 'must not be in the future');
  }
  if (relationship.since > today) at('/relationship/since', 'must not be in the future');
  return problems;
}
