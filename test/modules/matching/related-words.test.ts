import { describe, expect, it } from 'vitest';
import { createExpander, parseThesaurusLine } from '../../../src/modules/matching/matching.synonyms.js';
import { THESAURI } from '../../../src/modules/matching/matching.thesaurus.js';
import { WEIGHTS } from '../../../src/modules/matching/matching.weights.js';

/** A stand-in for PostgreSQL's parser: lower case, split on spaces, "and" a stop word, a trailing "s" cut. */
function fakeStemmer() {
  const calls: { config: string; texts: readonly string[] }[] = [];
  const stem = (config: string, texts: readonly string[]) => {
    calls.push({ config, texts });
    return Promise.resolve(
      texts.map((text) =>
        text
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => w !== 'and')
          .map((w) => w.replace(/s$/, '')),
      ),
    );
  };
  return { calls, stem };
}

const THESAURUS = {
  en: [
    { trade: 'design', lines: ['label, box => packaging, dieline', 'look and feel => brand identity'] },
    { trade: 'data', lines: ['forecast, prediction'] },
  ],
};

describe('thesaurus lines', () => {
  it('reads one-way lines and groups of equals', () => {
    expect(parseThesaurusLine('label, box => packaging, dieline')).toEqual([
      { cues: ['label', 'box'], targets: ['packaging', 'dieline'] },
    ]);
    expect(parseThesaurusLine('forecast, prediction, projection')).toEqual([
      { cues: ['forecast'], targets: ['prediction', 'projection'] },
      { cues: ['prediction'], targets: ['forecast', 'projection'] },
      { cues: ['projection'], targets: ['forecast', 'prediction'] },
    ]);
  });

  it('every line of the shipped thesauri has cues and targets', () => {
    for (const [language, lines] of Object.entries(THESAURI)) {
      expect(lines?.length, language).toBeGreaterThan(50);
      for (const line of lines ?? []) {
        for (const { cues, targets } of parseThesaurusLine(line)) {
          expect(cues.length, line).toBeGreaterThan(0);
          expect(targets.length, line).toBeGreaterThan(0);
        }
      }
    }
  });
});

describe('expanding a brief', () => {
  it('adds the targets of every cue the brief has, at the thesaurus weight, without the brief’s own lexemes', async () => {
    const { stem } = fakeStemmer();
    const { expand } = createExpander(stem, THESAURUS);
    const related = await expand({
      language: 'en',
      config: 'rx_english',
      lexemes: ['box', 'tea', 'packaging'],
    });
    expect(related).toEqual([
      { lexeme: 'dieline', weight: WEIGHTS.related.thesaurus, cue: 'box', word: 'dieline' },
    ]);
    expect(WEIGHTS.related.thesaurus).toBeLessThan(1);
  });

  it('reads groups both ways, and a cue of several words only when the brief has all of them', async () => {
    const { expand } = createExpander(fakeStemmer().stem, THESAURUS);
    const lexemesOf = async (lexemes: string[]) =>
      (await expand({ language: 'en', config: 'rx_english', lexemes })).map((r) => r.lexeme);
    expect(await lexemesOf(['prediction'])).toEqual(['forecast']);
    expect(await lexemesOf(['forecast'])).toEqual(['prediction']);
    expect(await lexemesOf(['look', 'feel'])).toEqual(['brand', 'identity']);
    expect(await lexemesOf(['look'])).toEqual([]);
  });

  it('stems the thesaurus once per configuration, and not at all for a language without one', async () => {
    const { calls, stem } = fakeStemmer();
    const { expand } = createExpander(stem, THESAURUS);
    await expand({ language: 'en', config: 'rx_english', lexemes: ['label'] });
    await expand({ language: 'en', config: 'rx_english', lexemes: ['box'] });
    expect(calls.map((c) => c.config)).toEqual(['rx_english']);
    expect(await expand({ language: 'ja', config: 'rx_simple', lexemes: ['label'] })).toEqual([]);
    expect(calls).toHaveLength(1);
  });

  it('tries again after the stemmer failed (the database was away)', async () => {
    const { stem } = fakeStemmer();
    let fail = true;
    const flaky = (config: string, texts: readonly string[]) =>
      fail ? Promise.reject(new Error('connection refused')) : stem(config, texts);
    const { expand } = createExpander(flaky, THESAURUS);
    await expect(expand({ language: 'en', config: 'rx_english', lexemes: ['label'] })).rejects.toThrow();
    fail = false;
    expect(await expand({ language: 'en', config: 'rx_english', lexemes: ['label'] })).toHaveLength(2);
  });
});
