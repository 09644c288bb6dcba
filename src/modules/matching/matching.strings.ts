/* eslint-disable @typescript-eslint/no-non-null-assertion -- offsets into one string, in range by construction */
/**
 * Strings of the matching model as plain data that crosses from the build worker to the event
 * loop at almost no cost. A 10,000-member model holds about 100,000 lexemes as map keys and
 * 100,000 example titles: structured-cloned one by one, their deserialisation held the event
 * loop for over half a second per rebuild (measured in bench/README.md), and every major GC
 * marked them again. Packed, they are one string and one typed array each (transferred).
 */

/** Strings packed into one: string i is text.slice(ends[i - 1] ?? 0, ends[i]). */
export interface PackedStrings {
  text: string;
  ends: Int32Array;
}

export function packStrings(list: readonly string[]): PackedStrings {
  const ends = new Int32Array(list.length);
  let end = 0;
  list.forEach((s, i) => {
    end += s.length;
    ends[i] = end;
  });
  return { text: list.join(''), ends };
}

export function stringAt(packed: PackedStrings, i: number): string {
  return packed.text.slice(i === 0 ? 0 : packed.ends[i - 1]!, packed.ends[i]);
}

/**
 * Numbers by string, as plain data: the keys sorted by UTF-16 code units and packed, their
 * numbers alike. Looked up by bisection, comparing in place (no string is made per step).
 */
export interface Lexicon {
  keys: PackedStrings;
  values: Int32Array;
}

/** The lexicon mapping each of `names` (distinct) to its position in `names`. */
export function buildLexicon(names: readonly string[]): Lexicon {
  const order = Array.from(names.keys()).sort((a, b) => (names[a]! < names[b]! ? -1 : 1));
  return { keys: packStrings(order.map((i) => names[i]!)), values: Int32Array.from(order) };
}

/** The lexicon of names already sorted by code units (as `<` compares), each mapped to its position. */
export function sortedLexicon(names: readonly string[]): Lexicon {
  return { keys: packStrings(names), values: Int32Array.from(names.keys()) };
}

/** Sign of key vs text[start, end), by code units. */
function compareAt(key: string, text: string, start: number, end: number): number {
  const length = Math.min(key.length, end - start);
  for (let i = 0; i < length; i += 1) {
    const difference = key.charCodeAt(i) - text.charCodeAt(start + i);
    if (difference !== 0) return difference;
  }
  return key.length - (end - start);
}

/** The first position of the lexicon's sorted keys that is not below `key`, and whether it holds `key`. */
function bisect(lexicon: Lexicon, key: string): { position: number; found: boolean } {
  const { text, ends } = lexicon.keys;
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const order = compareAt(key, text, middle === 0 ? 0 : ends[middle - 1]!, ends[middle]!);
    if (order === 0) return { position: middle, found: true };
    if (order > 0) low = middle + 1;
    else high = middle;
  }
  return { position: low, found: false };
}

export function lookup(lexicon: Lexicon, key: string): number | undefined {
  const { position, found } = bisect(lexicon, key);
  return found ? lexicon.values[position]! : undefined;
}

/** Where `key`, which the lexicon lacks, goes among its sorted keys. */
export function insertionPosition(lexicon: Lexicon, key: string): number {
  return bisect(lexicon, key).position;
}

/** Every key with its number, in key order. */
export function* entries(lexicon: Lexicon): Generator<[string, number]> {
  for (let i = 0; i < lexicon.values.length; i += 1) yield [stringAt(lexicon.keys, i), lexicon.values[i]!];
}
