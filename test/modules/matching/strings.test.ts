import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildLexicon,
  entries,
  lookup,
  packStrings,
  stringAt,
} from '../../../src/modules/matching/matching.strings.js';

/** The model's strings as packed plain data (matching.strings.ts) must read back exactly. */
describe('packed strings and lexicons', () => {
  const words = fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 200 });

  it('a packed list reads back every string, empty ones and any script included', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 200 }), (list) => {
        const packed = packStrings(list);
        expect(packed.ends.length).toBe(list.length);
        expect(list.map((_, i) => stringAt(packed, i))).toEqual(list);
      }),
    );
  });

  it('a lexicon finds each name at its position and nothing else', () => {
    fc.assert(
      fc.property(
        words,
        fc.array(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 50 }),
        (names, probes) => {
          const lexicon = buildLexicon(names);
          names.forEach((name, i) => expect(lookup(lexicon, name)).toBe(i));
          for (const probe of probes)
            expect(lookup(lexicon, probe)).toBe(names.includes(probe) ? names.indexOf(probe) : undefined);
          expect(new Map(entries(lexicon))).toEqual(new Map(names.map((name, i) => [name, i])));
        },
      ),
    );
  });

  it('tells apart keys that are prefixes of each other', () => {
    const lexicon = buildLexicon(['tee', 'teeetikett', 'te', 'bäcker', 'bäckerei']);
    expect(lookup(lexicon, 'te')).toBe(2);
    expect(lookup(lexicon, 'tee')).toBe(0);
    expect(lookup(lexicon, 'teee')).toBeUndefined();
    expect(lookup(lexicon, 'bäckerei')).toBe(4);
    expect(lookup(lexicon, '')).toBeUndefined();
  });
});
