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
import { stemKeyOf } from './matching.stems.js';

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
 * Copies the arrays numbered by endorsement and the posting lists (millions of postings at
 * 10,000 members: 30 to 70 ms of a core here); shares the rest.
 */
export function withAdditions(model: ModelData, added: readonly EndorsementRow[]): ModelData {
  const steps = additionSteps(model, added);
  for (;;) {
    const step = steps.next();
    if (step.done === true) return step.value;
  }
}

/** Postings copied or renumbered per step of additionSteps: about a millisecond's worth here. */
const POSTINGS_PER_STEP = 1 << 18;

/**
 * withAdditions as steps of a millisecond or so, so that a big model's patch can be spread over
 * turns of the event loop (inTurns) rather than hold every other request for its whole length.
 */
export function* additionSteps(
  model: ModelData,
  added: readonly EndorsementRow[],
  postingsPerStep = POSTINGS_PER_STEP,
): Generator<void, ModelData> {
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
        lexemes: parseTsvector(row.search_vector, stemKeyOf(index.textSearch)),
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

  yield;

  const memberCount = index.members.length;
  const endorseeOf = spliced(index.endorseeOf, ats, (j) => insertions[j]!.endorsee);
  const endorserOf = spliced(index.endorserOf, ats, (j) => insertions[j]!.endorser);
  const endorsementBase = spliced(index.endorsementBase, ats, (j) =>
    baseWeight({
      descriptionWords: insertions[j]!.row.description_words,
      verified: insertions[j]!.row.verified_by_handoff,
    }),
  );
  yield;
  const receivedOffsets = new Int32Array(memberCount + 1);
  for (let e = 0; e < endorseeOf.length; e += 1) receivedOffsets[endorseeOf[e]! + 1]! += 1;
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
  yield;
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

  yield;
  const skillIds = insertions.map(({ row }) =>
    row.skills.map((skill) => lookup(index.skillEndorsements.keys, skill)!),
  );
  const { skillOffsets, endorsementSkills } = splicedGroups(
    index.skillOffsets,
    index.endorsementSkills,
    ats,
    skillIds,
  );
  yield;
  const { decayedBase, evidenceCeiling } = decayWithinEndorserGroups(
    endorsementBase,
    endorseeOf,
    endorserOf,
    memberCount,
  );
  yield;
  const endorsementIds = splicedStrings(
    index.endorsementIds,
    ats,
    insertions.map((x) => x.row.id),
  );
  yield;
  const exampleTitles = splicedStrings(
    index.exampleTitles,
    ats,
    insertions.map((x) => x.row.example_title),
  );
  yield;
  const given = endorsementsByEndorser(endorseeOf, endorserOf, memberCount);
  yield;
  const memberTerms = yield* merged(
    withKeys(index.memberTerms, lexemes, newWords.length),
    termsAdded,
    undefined,
    postingsPerStep,
  );
  const rare = yield* merged(
    withKeys(index.rareExampleTerms, lexemes, newWords.length),
    rareAdded,
    shifts,
    postingsPerStep,
  );
  const rareExampleTerms = { keys: rare.keys, offsets: rare.offsets, docs: rare.docs };
  const skillEndorsements = yield* merged(index.skillEndorsements, skillsAdded, shifts, postingsPerStep);
  return {
    ...model,
    index: {
      ...index,
      endorsementIds,
      exampleTitles,
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
      ...given,
      memberTerms,
      exampleMaskLow: spliced(index.exampleMaskLow, ats, (j) => masks[j]!.low),
      exampleMaskHigh: spliced(index.exampleMaskHigh, ats, (j) => masks[j]!.high),
      rareExampleTerms,
      skillEndorsements,
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
  const sizes = new Int32Array(offsets.length - 1);
  for (let e = 0; e < sizes.length; e += 1) sizes[e] = offsets[e + 1]! - offsets[e]!;
  const counts = spliced(sizes, ats, (j) => groups[j]!.length);
  const skillOffsets = new Int32Array(counts.length + 1);
  for (let e = 0; e < counts.length; e += 1) skillOffsets[e + 1] = skillOffsets[e]! + counts[e]!;
  return { skillOffsets, endorsementSkills };
}

/** A document to add to key's posting list. */
interface Posting {
  key: number;
  doc: number;
  weight: number;
}

/**
 * Posting lists (with weights, if `lists` has them) with `added` in them. Without `shifts`,
 * documents are members: one already in the key's list gains the weight, a new one is inserted
 * in order. With `shifts` (old document d is now d + shifts[d], the insertions having moved it),
 * every added document is new. A 10,000-member model holds millions of postings and an example
 * touches a few dozen keys, so the old documents are copied in runs (a block copy, or one
 * addition each when renumbered) between the few added ones, which are placed by binary
 * search; nothing is allocated per posting.
 */
function* merged(
  lists: DocumentLists | PostingLists,
  added: readonly Posting[],
  shifts: Int32Array | undefined,
  postingsPerStep: number,
): Generator<void, PostingLists> {
  const oldWeights = 'weights' in lists ? lists.weights : undefined;
  // Summed per key and document, in key then document order.
  const byKey = new Map<number, Map<number, number>>();
  for (const { key, doc, weight } of added) {
    const docs = byKey.get(key) ?? new Map<number, number>();
    docs.set(doc, (docs.get(doc) ?? 0) + weight);
    byKey.set(key, docs);
  }
  const keyCount = lists.offsets.length - 1;
  const { offsets, docs } = lists;
  const renumbered = (i: number) => (shifts === undefined ? docs[i]! : docs[i]! + shifts[docs[i]!]!);
  const grownBy = new Int32Array(keyCount + 1);
  const touched = [...byKey.keys()].sort((a, b) => a - b);
  for (const key of touched) {
    for (const doc of byKey.get(key)!.keys()) {
      if (shifts !== undefined || findSorted(docs, offsets[key]!, offsets[key + 1]!, doc) < 0)
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
  /** Old postings from .. to, written from `out` on; a step at most `postingsPerStep` of them. */
  let sinceStep = 0;
  function* copy(from: number, to: number, out: number): Generator<void, void> {
    for (let start = from; start < to;) {
      const end = Math.min(to, start + postingsPerStep - sinceStep);
      if (shifts === undefined) newDocs.set(docs.subarray(start, end), out + start - from);
      else renumberInto(newDocs, out + start - from, docs.subarray(start, end), shifts);
      if (oldWeights !== undefined) newWeights.set(oldWeights.subarray(start, end), out + start - from);
      sinceStep += end - start;
      start = end;
      if (sinceStep >= postingsPerStep) {
        sinceStep = 0;
        yield;
      }
    }
  }
  let next = 0;
  for (const key of touched) {
    yield* copy(offsets[next]!, offsets[key]!, newOffsets[next]!);
    const end = offsets[key + 1]!;
    let i = offsets[key]!;
    let out = newOffsets[key]!;
    for (const [doc, weight] of [...byKey.get(key)!].sort((a, b) => a[0] - b[0])) {
      // Renumbering keeps the order, so the old documents before `doc` are found by bisection.
      let high = end;
      for (let low = i; low < high;) {
        const middle = (low + high) >>> 1;
        if (renumbered(middle) < doc) low = middle + 1;
        else high = middle;
      }
      yield* copy(i, high, out);
      out += high - i;
      i = high;
      // The same member: the added example's weight is summed into theirs.
      const same = i < end && renumbered(i) === doc;
      newDocs[out] = doc;
      if (oldWeights !== undefined) newWeights[out] = weight + (same ? oldWeights[i]! : 0);
      out += 1;
      if (same) i += 1;
    }
    yield* copy(i, end, out);
    next = key + 1;
  }
  yield* copy(offsets[next]!, offsets[keyCount]!, newOffsets[next]!);
  return { keys: lists.keys, offsets: newOffsets, docs: newDocs, weights: newWeights };
}

/** out[at + i] = docs[i] + shifts[docs[i]]: one monomorphic loop, since it runs over millions of postings. */
function renumberInto(out: Int32Array, at: number, docs: Int32Array, shifts: Int32Array): void {
  for (let i = 0; i < docs.length; i += 1) {
    const doc = docs[i]!;
    out[at + i] = doc + shifts[doc]!;
  }
}

/** How long steps run at once (inTurns): in the caller's turn, then per later turn. */
export interface TurnBudget {
  firstMs: number;
  laterMs: number;
}

/**
 * Runs `steps` for at most `budget.firstMs` and, if they are not done by then, goes on in later
 * turns of the event loop (setImmediate), at most `budget.laterMs` each, while `wanted()` holds:
 * a big model's patch then holds no request longer than that. `value` is the result, or its
 * promise (undefined if it stopped being wanted).
 */
export function inTurns<T>(
  steps: Generator<void, T>,
  budget: TurnBudget,
  wanted: () => boolean,
): { done: true; value: T } | { done: false; value: Promise<T | undefined> } {
  const turn = (budgetMs: number): IteratorResult<void, T> => {
    const until = performance.now() + budgetMs;
    for (;;) {
      const step = steps.next();
      if (step.done === true || performance.now() >= until) return step;
    }
  };
  const first = turn(budget.firstMs);
  if (first.done === true) return { done: true, value: first.value };
  const value = new Promise<T | undefined>((resolve, reject) => {
    const next = () => {
      if (!wanted()) {
        resolve(undefined);
        return;
      }
      try {
        const step = turn(budget.laterMs);
        if (step.done === true) resolve(step.value);
        else setImmediate(next);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    };
    setImmediate(next);
  });
  return { done: false, value };
}
