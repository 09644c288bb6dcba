/**
 * Stems that do not depend on the PostgreSQL version. PostgreSQL 18 ships a newer Snowball
 * German stemmer than 15 to 17: it conflates feminine job titles with the masculine
 * ("Übersetzerin", "Übersetzer": "ubersetz"; before: "ubersetzerin" and "ubersetz"), reads "ae",
 * "oe", "ue" as umlauts ("uebersetzung" as "übersetzung", which matters for skill slugs, written in
 * ASCII), keeps "-system" whole and turns "-eln" into "-el". Every lexeme matching reads (the
 * model's texts, a patch's, the brief's, the thesaurus's) is passed through `stemKey`, which maps
 * the older stemmer's output onto the newer one's, so that matching finds the same words on every
 * supported version. On 18 it leaves (nearly) every lexeme as it is.
 */

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'ä', 'ö', 'ü']);

/**
 * Snowball's German prelude, on a lexeme: "ae", "oe", "ue" to the vowel ("qu" and a "u" between
 * vowels, which the stemmer reads as a consonant, excepted). Accents are already gone (unaccent).
 */
function umlautsRead(lexeme: string): string {
  let out = '';
  for (let i = 0; i < lexeme.length; i += 1) {
    const c = lexeme.charAt(i);
    const next = lexeme[i + 1];
    if (next === 'e' && (c === 'a' || c === 'o' || c === 'u')) {
      const before = lexeme[i - 1];
      const consonantU = c === 'u' && (before === 'q' || (before !== undefined && VOWELS.has(before)));
      if (!consonantU) {
        out += c;
        i += 1;
        continue;
      }
    }
    out += c;
  }
  return out;
}

/** Where Snowball's R1 begins: after the first consonant that follows a vowel, and at least 3. */
function regionOne(word: string): number {
  for (let i = 1; i < word.length; i += 1) {
    if (!VOWELS.has(word.charAt(i)) && VOWELS.has(word.charAt(i - 1))) return Math.max(3, i + 1);
  }
  return word.length;
}

/** A German lexeme of any supported PostgreSQL version as PostgreSQL 18 stems it. */
export function germanStemKey(lexeme: string): string {
  let key = umlautsRead(lexeme);
  const r1 = regionOne(key);
  for (const suffix of ['erinn', 'erin']) {
    if (key.endsWith(suffix) && key.length - suffix.length >= r1) {
      key = key.slice(0, -suffix.length);
      break;
    }
  }
  if (key.endsWith('eln') && key.length - 2 >= r1) key = key.slice(0, -1);
  if (key.endsWith('syst')) key += 'em';
  return key;
}

/**
 * How lexemes of a text search configuration are read (undefined: as they are). Only German's
 * stemmer changed between the supported versions (bench/README.md measured the collection's
 * words on both).
 */
export function stemKeyOf(textSearch: string): ((lexeme: string) => string) | undefined {
  return textSearch === 'rx_german' ? germanStemKey : undefined;
}
