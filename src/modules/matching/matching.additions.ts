/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by positions the model itself assigned */
import {
  baseWeight,
  decayWithinEndorserGroups,
  endorsementsByEndorser,
  findSorted,
  parseTsvector,
  type DocumentLists,
  type PostingLists,
  type SearchIndex,
} from './matching.index.js';
import type { ModelData } from './matching.model.js';
import { endorsementPosition } from './matching.removals.js';
import type { EndorsementRow } from './matching.repository.js';
import { insertionPosition, lookup, stringAt, type Lexicon, type PackedStrings } from './matching.strings.js';

/**
 * Endorsements given after a model's snapshot, counted without a rebuild: a 10,000-member
 * model takes seconds of a core to build, and a busy collective is given an endorsement every
 * few seconds. Each added endorsement counts as evidence at once (its weight, its skills, its
 * example's words in its endorsee's text, new words included), exactly as a rebuilt model counts it. Two things
 * wait for the rebuild, which follows within MATCHING_PATCH_REBUILD_MS: its edge in the trust
 * graph (every asker's trust would have to be computed again, milliseconds each on the event
 * loop) and its words in the collective's skill model (a statistic over every example, which
 * one example barely moves).
 */

/** Whether the model can count these endorsements: both members in it, every skill known to it. */
export function canAdd(index: SearchIndex, added: readonly EndorsementRow[]): boolean {
  return added.every((row) => {
    const endorsee = index.memberIndex.get(row.endorsee_id);
    if (endorsee === undefined || !index.memberIndex.has(row.endorser_id)) return false;
    if (endorsementPosition(index, endorsee, row.id) >= 0) return false;
    return row.skills.every((skill) => lookup(index.skillEndorsements.keys, skill) !== undefined);
  });
}

/** An added endorsement as the index numbers it. */
interface Insertion {
  row: EndorsementRow;
  endorsee: number;
  endorser: number;
  /** The old position it goes before (endorsee, then endorser, then id order). */
  at: number;
  lexemes: Map<string, number>;
}

/** Where endorsement `row` of endorser u goes among the endorsements member p received. */
function insertionPoint(index: SearchIndex, p: number, u: number, id: string): number {
  let e = index.receivedOffsets[p]!;
  const end = index.receivedOffsets[p + 1]!;
  while (e < end && index.endorserOf[e]! < u) e += 1;
  while (e < end && index.endorserOf[e] === u && stringAt(index.endorsementIds, e) < id) e += 1;
  return e;
}

/**
 * The model with `added` (canAdd) counted as evidence: its search index with the endorsements
 * inserted where a build would number them (words new to the collective numbered after the
 * others, where a build would number them in order); the trust graph and the skill model as built.
 * Copies the arrays numbered by endorsement and the posting lists it touches (milliseconds at
 * 10,000 members); shares the rest.
 */
export function withAdditions(model: ModelData, added: readonly EndorsementRow[]): ModelData {
  const { index } = model;
  const insertions: Insertion[] = added
    .map((row) => {
      const endorsee = index.memberIndex.get(row.endorsee_id)!;
      const endorser = index.memberIndex.get(row.endorser_id)!;
      return {
        row,
        endorsee,
        endorser,
        at: insertionPoint(index, endorsee, endorser, row.id),
        lexemes: parseTsvector(row.search_vector),
      };
    })
    .sort(
      (a, b) =>
        a.at - b.at || a.endorsee - b.endorsee || a.endorser - b.endorser || (a.row.id < b.row.id ? -1 : 1),
    );
  const ats = insertions.map((x) => x.at);
  // The new position of insertion j is ats[j] + j; an old endorsement e moves up by the
  // insertions before it.
  const newPosition = insertions.map((x, j) => x.at + j);
  // As a table: the posting lists of examples hold millions of positions to renumber.
  const shifts = new Int32Array(index.endorseeOf.length);
  for (let j = 0, e = 0; e < shifts.length; e += 1) {
    while (j < ats.length && ats[j]! <= e) j += 1;
    shifts[e] = j;
  }
  const moved = (e: number) => e + shifts[e]!;

  const memberCount = index.members.length;
  const endorseeOf = spliced(index.endorseeOf, ats, (j) => insertions[j]!.endorsee);
  const endorserOf = spliced(index.endorserOf, ats, (j) => insertions[j]!.endorser);
  const endorsementBase = spliced(index.endorsementBase, ats, (j) =>
    baseWeight({
      descriptionWords: insertions[j]!.row.description_words,
      verified: insertions[j]!.row.verified_by_handoff,
    }),
  );
  const receivedOffsets = new Int32Array(memberCount + 1);
  for (const endorsee of endorseeOf) receivedOffsets[endorsee + 1]! += 1;
  for (let p = 0; p < memberCount; p += 1) receivedOffsets[p + 1]! += receivedOffsets[p]!;

  // The new example's words: frequent ones as bits of its masks, rare ones in posting lists;
  // every one summed into its endorsee's text.
  const masks = insertions.map(({ lexemes }) => {
    let low = 0;
    let high = 0;
    for (const lexeme of lexemes.keys()) {
      const bit = index.frequentLexemeBits.get(lexeme);
      if (bit === undefined) continue;
      if (bit < 32) low |= 1 << bit;
      else high |= 1 << (bit - 32);
    }
    return { low, high };
  });
  // Words the collective never used before are numbered after its others.
  const newWords = [
    ...new Set(
      insertions.flatMap(({ lexemes }) =>
        [...lexemes.keys()].filter((lexeme) => lookup(index.memberTerms.keys, lexeme) === undefined),
      ),
    ),
  ].sort();
  const lexemes = withNewKeys(index.memberTerms.keys, newWords, index.memberTerms.offsets.length - 1);
  const termsAdded: Posting[] = [];
  const rareAdded: Posting[] = [];
  const skillsAdded: Posting[] = [];
  insertions.forEach(({ lexemes: words, endorsee, row }, j) => {
    for (const [lexeme, weight] of words) {
      const k = lookup(lexemes, lexeme)!;
      termsAdded.push({ key: k, doc: endorsee, weight });
      if (!index.frequentLexemeBits.has(lexeme)) rareAdded.push({ key: k, doc: newPosition[j]!, weight: 1 });
    }
    for (const skill of row.skills) {
      skillsAdded.push({
        key: lookup(index.skillEndorsements.keys, skill)!,
        doc: newPosition[j]!,
        weight: 1,
      });
    }
  });

  const skillIds = insertions.map(({ row }) =>
    row.skills.map((skill) => lookup(index.skillEndorsements.keys, skill)!),
  );
  const { skillOffsets, endorsementSkills } = splicedGroups(
    index.skillOffsets,
    index.endorsementSkills,
    ats,
    skillIds,
  );
  const { decayedBase, evidenceCeiling } = decayWithinEndorserGroups(
    endorsementBase,
    endorseeOf,
    endorserOf,
    memberCount,
  );
  return {
    ...model,
    index: {
      ...index,
      endorsementIds: splicedStrings(
        index.endorsementIds,
        ats,
        insertions.map((x) => x.row.id),
      ),
      exampleTitles: splicedStrings(
        index.exampleTitles,
        ats,
        insertions.map((x) => x.row.example_title),
      ),
      verifiedByHandoff: spliced(index.verifiedByHandoff, ats, (j) =>
        insertions[j]!.row.verified_by_handoff ? 1 : 0,
      ),
      receivedOffsets,
      endorseeOf,
      endorserOf,
      skillOffsets,
      endorsementSkills,
      endorsementBase,
      decayedBase,
      evidenceCeiling,
      ...endorsementsByEndorser(endorseeOf, endorserOf, memberCount),
      memberTerms: withPostings(withKeys(index.memberTerms, lexemes, newWords.length), termsAdded),
      exampleMaskLow: spliced(index.exampleMaskLow, ats, (j) => masks[j]!.low),
      exampleMaskHigh: spliced(index.exampleMaskHigh, ats, (j) => masks[j]!.high),
      rareExampleTerms: withDocuments(
        withKeys(index.rareExampleTerms, lexemes, newWords.length),
        rareAdded,
        moved,
      ),
      skillEndorsements: withPostings(index.skillEndorsements, skillsAdded, moved),
    },
  };
}

/** The lexicon with `names` (sorted, none in it) added, numbered from `first` on. */
function withNewKeys(lexicon: Lexicon, names: readonly string[], first: number): Lexicon {
  if (names.length === 0) return lexicon;
  const ats = names.map((name) => insertionPosition(lexicon, name));
  return {
    keys: splicedStrings(lexicon.keys, ats, names),
    values: spliced(lexicon.values, ats, (j) => first + j),
  };
}

/** Lists over `keys`, which numbers `added` more keys after theirs: those with empty lists. */
function withKeys<L extends DocumentLists>(lists: L, keys: Lexicon, added: number): L {
  if (added === 0) return lists;
  const offsets = new Int32Array(lists.offsets.length + added);
  offsets.set(lists.offsets);
  offsets.fill(lists.offsets[lists.offsets.length - 1]!, lists.offsets.length);
  return { ...lists, keys, offsets };
}

type Column = Int32Array | Float64Array | Uint8Array;

/** `column` with value(j) inserted before old position ats[j] (ats ascending). */
function spliced<T extends Column>(column: T, ats: readonly number[], value: (j: number) => number): T {
  const out = new (column.constructor as new (length: number) => T)(column.length + ats.length);
  let from = 0;
  ats.forEach((at, j) => {
    out.set(column.subarray(from, at), from + j);
    out[at + j] = value(j);
    from = at;
  });
  out.set(column.subarray(from), from + ats.length);
  return out;
}

/** Packed strings with values[j] inserted before old position ats[j] (ats ascending). */
function splicedStrings(
  packed: PackedStrings,
  ats: readonly number[],
  values: readonly string[],
): PackedStrings {
  const endOf = (e: number) => (e === 0 ? 0 : packed.ends[e - 1]!);
  const pieces: string[] = [];
  const ends = new Int32Array(packed.ends.length + ats.length);
  let from = 0;
  let grown = 0;
  ats.forEach((at, j) => {
    pieces.push(packed.text.slice(endOf(from), endOf(at)), values[j]!);
    for (let e = from; e < at; e += 1) ends[e + j] = packed.ends[e]! + grown;
    grown += values[j]!.length;
    ends[at + j] = endOf(at) + grown;
    from = at;
  });
  pieces.push(packed.text.slice(endOf(from)));
  for (let e = from; e < packed.ends.length; e += 1) ends[e + ats.length] = packed.ends[e]! + grown;
  return { text: pieces.join(''), ends };
}

/** Groups (group e is flat[offsets[e] .. offsets[e+1])) with groups[j] inserted before old group ats[j]. */
function splicedGroups(
  offsets: Int32Array,
  flat: Int32Array,
  ats: readonly number[],
  groups: readonly number[][],
): { skillOffsets: Int32Array; endorsementSkills: Int32Array } {
  const values = groups.flat();
  const endorsementSkills = spliced(
    flat,
    ats.flatMap((at, j) => groups[j]!.map(() => offsets[at]!)),
    (k) => values[k]!,
  );
  const counts = spliced(
    Int32Array.from({ length: offsets.length - 1 }, (_, e) => offsets[e + 1]! - offsets[e]!),
    ats,
    (j) => groups[j]!.length,
  );
  const skillOffsets = new Int32Array(counts.length + 1);
  counts.forEach((count, e) => (skillOffsets[e + 1] = skillOffsets[e]! + count));
  return { skillOffsets, endorsementSkills };
}

/** A document to add to key's posting list. */
interface Posting {
  key: number;
  doc: number;
  weight: number;
}

/**
 * Posting lists with `added` in them. Without `moved`, documents are members: one already in
 * the key's list gains the weight, a new one is inserted in order. With `moved` (how the old
 * documents were renumbered), every added document is new.
 */
function withPostings(lists: PostingLists, added: readonly Posting[], moved?: (doc: number) => number) {
  return merged(lists, added, moved, lists.weights);
}

function withDocuments(lists: DocumentLists, added: readonly Posting[], moved: (doc: number) => number) {
  const { keys, offsets, docs } = merged(lists, added, moved, undefined);
  return { keys, offsets, docs };
}

function merged(
  lists: DocumentLists,
  added: readonly Posting[],
  moved: ((doc: number) => number) | undefined,
  oldWeights: Float64Array | undefined,
): PostingLists {
  // Summed per key and document, in key then document order.
  const byKey = new Map<number, Map<number, number>>();
  for (const { key, doc, weight } of added) {
    const docs = byKey.get(key) ?? new Map<number, number>();
    docs.set(doc, (docs.get(doc) ?? 0) + weight);
    byKey.set(key, docs);
  }
  const keyCount = lists.offsets.length - 1;
  const { offsets, docs } = lists;
  const grownBy = new Int32Array(keyCount + 1);
  const touched = [...byKey.keys()].sort((a, b) => a - b);
  for (const key of touched) {
    for (const doc of byKey.get(key)!.keys()) {
      if (moved !== undefined || findSorted(docs, offsets[key]!, offsets[key + 1]!, doc) < 0)
        grownBy[key + 1]! += 1;
    }
  }
  const newOffsets = new Int32Array(keyCount + 1);
  for (let k = 0, grown = 0; k <= keyCount; k += 1) {
    grown += grownBy[k]!;
    newOffsets[k] = offsets[k]! + grown;
  }
  const newDocs = new Int32Array(newOffsets[keyCount]!);
  const newWeights = new Float64Array(oldWeights === undefined ? 0 : newDocs.length);
  // Untouched keys' ranges are copied whole (renumbered if the documents moved).
  const copy = (from: number, to: number) => {
    const shift = newOffsets[from]! - offsets[from]!;
    const start = offsets[from]!;
    const end = offsets[to]!;
    if (moved === undefined) newDocs.set(docs.subarray(start, end), start + shift);
    else for (let i = start; i < end; i += 1) newDocs[i + shift] = moved(docs[i]!);
    if (oldWeights !== undefined) newWeights.set(oldWeights.subarray(start, end), start + shift);
  };
  let next = 0;
  for (const key of touched) {
    copy(next, key);
    // The key's old documents (renumbered) and the added ones, merged in document order: a
    // common word's list holds thousands of members.
    const adds = [...byKey.get(key)!].sort((a, b) => a[0] - b[0]);
    const end = offsets[key + 1]!;
    let i = offsets[key]!;
    let a = 0;
    for (let out = newOffsets[key]!; out < newOffsets[key + 1]!; out += 1) {
      const old = i < end ? (moved === undefined ? docs[i]! : moved(docs[i]!)) : Infinity;
      const [doc, weight] = a < adds.length ? adds[a]! : [Infinity, 0];
      if (old <= doc) {
        newDocs[out] = old;
        // The same member: the added example's weight is summed into theirs.
        if (oldWeights !== undefined) newWeights[out] = oldWeights[i]! + (old === doc ? weight : 0);
        if (old === doc) a += 1;
        i += 1;
      } else {
        newDocs[out] = doc;
        if (oldWeights !== undefined) newWeights[out] = weight;
        a += 1;
      }
    }
    next = key + 1;
  }
  copy(next, keyCount);
  return { keys: lists.keys, offsets: newOffsets, docs: newDocs, weights: newWeights };
}
