import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  descriptionProblem,
  MIN_DESCRIPTION_CHARS,
  MIN_DESCRIPTION_WORDS,
} from '../../../src/modules/endorsements/endorsements.rules.js';
import { VALID_DESCRIPTION } from '../../support/endorsements.js';

/**
 * The description rule of a worked example, as properties over generated text. The oracle
 * is independent of the implementation: a "word" here is any run of letters or digits, which
 * counts at least as many words as the rule does (it also joins "don't" and "well-known").
 */

const wordsIn = (text: string) => text.split(/[^\p{L}\p{N}]+/u).filter(Boolean).length;

const DICTIONARY = [
  'planned', 'interviews', 'customers', 'synthesised', 'findings', 'journeys', 'product', 'team',
  'changes', 'mattered', 'onboarding', 'release', 'research', 'designed', 'prototype', 'tested',
  'workshop', 'stakeholders', 'budget', 'deadline', 'migrated', 'database', 'without', 'downtime',
  'translated', 'contract', 'reviewed', 'glossary', 'delivered', 'weekly', 'reports', 'client',
  'accessibility', 'audit', 'fixed', 'checkout', 'payments', 'mobile', 'launch', 'Zürich',
]; // prettier-ignore

const LETTERS = Array.from('abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZäöüßéøñçıİΣσжЖ0123456789');

/** One word: letters or digits, sometimes two parts joined by a hyphen or an apostrophe. */
const word = fc
  .tuple(
    fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 12 }),
    fc.option(
      fc.tuple(
        fc.constantFrom('-', "'", '’'),
        fc.string({ unit: fc.constantFrom(...LETTERS), minLength: 1, maxLength: 6 }),
      ),
    ),
  )
  .map(([head, tail]) => (tail ? `${head}${tail[0]}${tail[1]}` : head));

const separator = fc.constantFrom(' ', '  ', ', ', '. ', '\n', ' - ', '! ', '\t');

/** Text that looks like prose: words from a dictionary and random words, with punctuation. */
const prose = fc
  .array(fc.tuple(fc.oneof(fc.constantFrom(...DICTIONARY), word), separator), { maxLength: 30, size: 'max' })
  .map((parts) => parts.map(([w, sep]) => `${w}${sep}`).join(''));

/** Short distinct words around the thresholds: 8 to 16 words, about 40 to 150 characters. */
const nearThresholds = fc
  .tuple(
    fc.uniqueArray(
      fc.string({
        unit: fc.constantFrom(...Array.from('abcdefghijklmnopqrstuvwxyz')),
        minLength: 2,
        maxLength: 9,
      }),
      {
        minLength: 8,
        maxLength: 16,
      },
    ),
    separator,
  )
  .map(([words, sep]) => words.join(sep));

/** Anything: arbitrary code units, printable graphemes, prose, text near the thresholds, padded. */
const anyText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  prose,
  nearThresholds,
  fc.oneof(prose, nearThresholds).map((text) => `   ${text}\n\n   `),
);

describe('descriptionProblem', () => {
  it('accepts the description of the valid example body', () => {
    expect(descriptionProblem(VALID_DESCRIPTION)).toBeNull();
  });

  it('returns null only for text of at least 80 characters and 12 words', () => {
    let accepted = 0;
    fc.assert(
      fc.property(anyText, (text) => {
        const problem = descriptionProblem(text);
        if (problem !== null) return true;
        accepted += 1;
        const trimmed = text.trim();
        return trimmed.length >= MIN_DESCRIPTION_CHARS && wordsIn(trimmed) >= MIN_DESCRIPTION_WORDS;
      }),
      { numRuns: 2_000 },
    );
    // The generators do reach the accepted side, so the property above was not vacuous.
    expect(accepted).toBeGreaterThan(50);
  });

  it('explains a rejection: the reason names the missing length or word count', () => {
    expect(descriptionProblem('Redesigned the onboarding flow.')).toMatch(/at least 80/);
    expect(
      descriptionProblem(
        'Internationalisation, accessibility, documentation, troubleshooting, refactoring, benchmarking, and mentoring.',
      ),
    ).toMatch(/at least 12/);
  });

  it('rejects any string made of one character repeated', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('', ' ', '\n'),
        (char, times, sep) =>
          descriptionProblem(Array.from({ length: times }, () => char).join(sep)) !== null,
      ),
      { numRuns: 1_000 },
    );
  });

  it('rejects any string made of one word repeated, whatever the separator or the letter case', () => {
    fc.assert(
      fc.property(
        word,
        fc.integer({ min: 1, max: 80 }),
        separator,
        fc.array(fc.boolean(), { minLength: 80, maxLength: 80 }),
        (w, times, sep, upper) => {
          // Only ASCII letters change case here: toUpperCase('ß') is 'SS', another word.
          const variant = (i: number) => (upper[i] && /^[\x20-\x7e]+$/.test(w) ? w.toUpperCase() : w);
          const text = Array.from({ length: times }, (_, i) => variant(i)).join(sep);
          return descriptionProblem(text) !== null;
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('rejects a handful of words padded out to length', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...DICTIONARY), { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 20, max: 60 }),
        (few, times) => {
          const text = Array.from({ length: times }, (_, i) => few[i % few.length]).join(' ');
          return descriptionProblem(text) !== null;
        },
      ),
    );
  });

  it('accepts real text: at least 12 different ordinary words adding up to 80 characters', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(DICTIONARY, { minLength: 12 }), separator, (words, sep) => {
        const text = words.join(sep);
        fc.pre(text.length >= MIN_DESCRIPTION_CHARS);
        return descriptionProblem(text) === null;
      }),
    );
  });

  it('counts characters, not UTF-16 code units: 57 characters of astral letters are too short', () => {
    // Mathematical bold letters (U+1D41A...) are letters, each two UTF-16 code units long.
    const bold = (text: string) =>
      Array.from(text, (c) => String.fromCodePoint(0x1d41a + c.charCodeAt(0) - 97)).join('');
    const words = [
      'plan',
      'ran',
      'test',
      'code',
      'ship',
      'fix',
      'bank',
      'data',
      'team',
      'user',
      'flow',
      'form',
    ];
    const text = words.map(bold).join(' ');
    expect(Array.from(text)).toHaveLength(57);
    expect(text.length).toBe(103);
    expect(descriptionProblem(text)).toMatch(/at least 80/);
  });
});
