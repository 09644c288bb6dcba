/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by positions that the index itself assigned; checking each access would cost more than the lookups */
/**
 * An in-memory search index of one collective, built from PostgreSQL's own tsvectors (so
 * stemming and stop words are exactly the database's) and cached with the trust graph. Members
 * and endorsements are numbered; everything a request reads is in typed arrays, so a query
 * walks only the posting lists of the brief's words and skills and allocates no objects per
 * member or endorsement.
 */
import { availability, exampleQuality } from './matching.scoring.js';
import { buildSkillModel, type SkillModel } from './matching.skills.js';
import { stemKeyOf } from './matching.stems.js';
import {
  buildLexicon,
  packStrings,
  sortedLexicon,
  stringAt,
  type Lexicon,
  type PackedStrings,
} from './matching.strings.js';
import { WEIGHTS } from './matching.weights.js';

/** ts_rank's default weights for the classes A, B, C, D, by character code. */
const CLASS_WEIGHT_D = 0.1;
const CLASS_WEIGHT = new Map([
  [65, 1],
  [66, 0.4],
  [67, 0.2],
  [68, CLASS_WEIGHT_D],
]);
const QUOTE = 39;
const COLON = 58;
const COMMA = 44;

/**
 * Calls `visit` with each lexeme of a tsvector's text form (`'brand':1A,4 'design':2B`) and its
 * weight: the weight of its best class, growing slowly with repetitions. Scans characters
 * without splitting, since a rebuild parses every profile and example of a collective. With
 * `stemKey` (matching.stems.ts), each lexeme is visited by its key, once, the positions of the
 * lexemes that share it counted together.
 */
function scanTsvector(
  text: string | null,
  visit: (lexeme: string, weight: number) => void,
  stemKey?: (lexeme: string) => string,
): void {
  if (!stemKey) {
    scanLexemes(text, (lexeme, best, positions) => {
      visit(lexeme, best * (1 + Math.log(positions)));
    });
    return;
  }
  const keyed = new Map<string, { best: number; positions: number }>();
  scanLexemes(text, (lexeme, best, positions) => {
    const key = stemKey(lexeme);
    const known = keyed.get(key);
    if (known) {
      known.best = Math.max(known.best, best);
      known.positions += positions;
    } else keyed.set(key, { best, positions });
  });
  for (const [key, { best, positions }] of keyed) visit(key, best * (1 + Math.log(positions)));
}

function scanLexemes(
  text: string | null,
  visit: (lexeme: string, best: number, positions: number) => void,
): void {
  if (!text) return;
  const length = text.length;
  let i = text.indexOf("'");
  while (i >= 0 && i < length) {
    // A lexeme ends at a quote that is not doubled.
    let lexeme = '';
    let start = i + 1;
    let close = text.indexOf("'", start);
    while (close >= 0 && text.charCodeAt(close + 1) === QUOTE) {
      lexeme += text.slice(start, close + 1);
      start = close + 2;
      close = text.indexOf("'", start);
    }
    if (close < 0) return;
    lexeme += text.slice(start, close);
    let j = close + 1;
    let best = CLASS_WEIGHT_D;
    let positions = 1;
    if (text.charCodeAt(j) === COLON) {
      best = 0;
      positions = 0;
      j += 1;
      for (;;) {
        positions += 1;
        let code = text.charCodeAt(j);
        while (code >= 48 && code <= 57) code = text.charCodeAt(++j);
        const weight = CLASS_WEIGHT.get(code);
        if (weight !== undefined) j += 1;
        best = Math.max(best, weight ?? CLASS_WEIGHT_D);
        if (text.charCodeAt(j) !== COMMA) break;
        j += 1;
      }
    }
    visit(lexeme, best, positions);
    i = text.indexOf("'", j);
  }
}

/** Lexeme -> weight of a tsvector's text form (the lexemes by their keys, with `stemKey`). */
export function parseTsvector(
  text: string | null,
  stemKey?: (lexeme: string) => string,
): Map<string, number> {
  const weights = new Map<string, number>();
  scanTsvector(text, (lexeme, weight) => weights.set(lexeme, weight), stemKey);
  return weights;
}

export interface IndexedMember {
  id: string;
  headline: string | null;
  skills: string[];
  availabilityStatus: 'available' | 'limited' | 'unavailable';
  availabilityUntil: string | null;
}

/** When a member's availability status ends (ms since the epoch), or Infinity. */
export function availabilityEndsAt(member: IndexedMember): number {
  return member.availabilityUntil === null ? Infinity : Date.parse(member.availabilityUntil);
}

export interface IndexedEndorsement {
  id: string;
  endorserId: string;
  endorseeId: string;
  skills: string[];
  title: string;
  descriptionWords: number;
  verified: boolean;
}

/**
 * The posting lists of many keys (lexemes, skills) in one buffer: the documents containing key
 * k are docs[offsets[k] .. offsets[k+1]), with their weights alike. One buffer rather than an
 * array per key, since a collective has tens of thousands of rare lexemes (names, numbers).
 * `keys` numbers every key of its family (the lexicon is shared by the lists of that family):
 * a key these lists do not hold has an empty range.
 */
export interface DocumentLists {
  keys: Lexicon;
  offsets: Int32Array;
  docs: Int32Array;
}

/** The first position in sorted[from .. to) holding `value`, or -1. */
export function findSorted(sorted: Int32Array, from: number, to: number, value: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low < to && sorted[low] === value ? low : -1;
}

/** Posting lists whose documents weigh differently (a member's summed text weight, say). */
export interface PostingLists extends DocumentLists {
  weights: Float64Array;
}

export interface SearchIndex {
  /** The text search configuration its texts were stemmed in: their lexemes are read by stemKeyOf(it). */
  textSearch: string;
  members: IndexedMember[];
  memberIndex: Map<string, number>;
  /**
   * Numbered by endorsee, then endorser: the endorsements member p received are the positions
   * receivedOffsets[p] .. receivedOffsets[p+1], one endorser's next to each other, so the
   * evidence of every candidate is one sequential pass.
   */
  endorsementIds: PackedStrings;
  receivedOffsets: Int32Array;
  /** Per endorsement: its endorsee's and endorser's member positions. */
  endorseeOf: Int32Array;
  endorserOf: Int32Array;
  /**
   * Per endorsement, what reasons show (see `shownEndorsement`): columns rather than an object
   * each, since a collective has ten endorsements per member and every major GC marks them.
   */
  exampleTitles: PackedStrings;
  verifiedByHandoff: Uint8Array;
  /** The skills endorsement e names: skillNames[endorsementSkills[skillOffsets[e] .. [e+1])]. */
  skillOffsets: Int32Array;
  endorsementSkills: Int32Array;
  skillNames: string[];
  /** Per endorsement: its weight as evidence before relevance and credibility (example quality, handoff). */
  endorsementBase: Float64Array;
  /**
   * Per endorsement: its base weight after the per-endorser decay, ranked by base weight among
   * its endorser's endorsements of the same member. Summed, an upper bound of what they can add.
   */
  decayedBase: Float64Array;
  /** Per member: the sum of decayedBase over the endorsements they received. */
  evidenceCeiling: Float64Array;
  /** Endorsements given by member u: givenBy[givenOffsets[u] .. givenOffsets[u+1]). */
  givenOffsets: Int32Array;
  givenBy: Int32Array;
  /** The most endorsements one endorser gave one endorsee: the decay's scratch size. */
  largestEndorserGroup: number;
  /** Lexeme -> members whose profile or received examples contain it, with the summed weight. */
  memberTerms: PostingLists;
  /**
   * Which examples contain a lexeme, in two forms. The 64 lexemes found in the most examples
   * (whose posting lists would be the longest) are bits of two masks per example, so a brief's
   * common words cost one AND per example looked at; every other lexeme has a posting list.
   */
  frequentLexemeBits: Map<string, number>;
  exampleMaskLow: Int32Array;
  exampleMaskHigh: Int32Array;
  rareExampleTerms: DocumentLists;
  /** Per member: availability as stated, and as it is once a status with an end date has ended. */
  availabilityStated: Float64Array;
  availabilityEnded: Float64Array;
  /** Per member: when their availability status ends (ms since the epoch), or Infinity. */
  availabilityEnds: Float64Array;
  /** Skill slug -> members listing it, and endorsements naming it. */
  skillMembers: PostingLists;
  skillEndorsements: PostingLists;
  /** Which skills the collective's own words point to (matching.skills.ts). */
  skillModel: SkillModel;
  /**
   * Per endorsement, 1 if it stopped counting after the model was built (matching.removals.ts):
   * set only on the filtered copy a request uses while the model is being rebuilt.
   */
  removed?: Uint8Array;
}

/**
 * A growing column of numbers in a Float64Array: a rebuild collects millions of them, which as
 * plain arrays cost more in growth and garbage collection than the rest of the index. (One
 * element type only, so that V8 keeps the pushes monomorphic.)
 */
class Column {
  length = 0;
  private data: Float64Array;

  /** `capacity`: how many are expected, so that the array is allocated once. */
  constructor(capacity = 1024) {
    this.data = new Float64Array(Math.max(16, capacity));
  }

  push(value: number): void {
    if (this.length === this.data.length) {
      const grown = new Float64Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length] = value;
    this.length += 1;
  }

  /** The values pushed so far (a view: valid until the next push). */
  values(): Float64Array {
    return this.data.subarray(0, this.length);
  }
}

/**
 * Posting lists from (key, document, weight) triples, grouped by key with a counting sort into
 * one buffer: a collective has millions of postings, too many for an array per key.
 */
class PostingsBuilder {
  private readonly keys: Column;
  private readonly docs: Column;
  private readonly weights: Column;

  constructor(capacity?: number) {
    this.keys = new Column(capacity);
    this.docs = new Column(capacity);
    this.weights = new Column(capacity);
  }

  add(key: number, doc: number, weight = 1): void {
    this.keys.push(key);
    this.docs.push(doc);
    this.weights.push(weight);
  }

  /** `keys` numbers the keys added, which are below `count`. */
  build(lexicon: Lexicon, count: number): PostingLists {
    const keys = this.keys.values();
    const unsortedDocs = this.docs.values();
    const unsortedWeights = this.weights.values();
    const offsets = new Int32Array(count + 1);
    for (let i = 0; i < keys.length; i += 1) offsets[keys[i]! + 1]! += 1;
    for (let k = 0; k < count; k += 1) offsets[k + 1]! += offsets[k]!;
    const fill = offsets.slice(0, count);
    const docs = new Int32Array(keys.length);
    const weights = new Float64Array(keys.length);
    for (let i = 0; i < keys.length; i += 1) {
      const slot = fill[keys[i]!]!;
      docs[slot] = unsortedDocs[i]!;
      weights[slot] = unsortedWeights[i]!;
      fill[keys[i]!] = slot + 1;
    }
    return { keys: lexicon, offsets, docs, weights };
  }
}

/**
 * Numbers strings (lexemes, skills) in the order they are first seen. The names may be slices
 * of the tsvector texts they came from: only the packed lexicon built from them outlives the
 * build, so they need no copy.
 */
export class Numbering {
  readonly names: string[] = [];
  readonly ids = new Map<string, number>();
  /** The ids of `names` sorted by name, as far as renumberInUse last sorted them (sortedIds). */
  sorted = new Int32Array(0);

  id(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }
}

/** Beyond this many texts of endorsements no longer counted, a TextMemory's are pruned. */
const STALE_TEXTS = 1_000;

/** A worked example's lexemes (as numbers of a `TextMemory`'s numbering) and their weights. */
interface ParsedText {
  lexemes: Int32Array;
  weights: Float64Array;
}

/**
 * The examples' parsed texts, kept by a builder between builds of one collective (an
 * endorsement's text never changes): parsing 100,000 tsvectors was most of a rebuild. The
 * numbering only grows; each build renumbers the lexemes it uses in sorted order, so a model
 * is the same whether its texts were remembered or parsed afresh.
 */
export interface TextMemory {
  numbering: Numbering;
  /** By endorsement id: the texts of the last model's endorsements, and up to STALE_TEXTS more. */
  parsed: Map<string, ParsedText>;
  /** Members' profiles by member id: the tsvector text parsed, kept while it stays the same. */
  profiles: Map<string, { vector: string | null; parsed: ParsedText }>;
}

export function newTextMemory(): TextMemory {
  return { numbering: new Numbering(), parsed: new Map(), profiles: new Map() };
}

/** An endorsement's weight as evidence before relevance and credibility. */
export const baseWeight = (e: Pick<IndexedEndorsement, 'descriptionWords' | 'verified'>) =>
  exampleQuality(e.descriptionWords) * (e.verified ? WEIGHTS.evidence.verifiedByHandoff : 1);

export function buildSearchIndex(
  members: readonly (IndexedMember & { searchVector: string | null })[],
  endorsements: readonly (IndexedEndorsement & { searchVector: string | null })[],
  textSearch: string,
  texts: TextMemory = newTextMemory(),
): SearchIndex {
  const stemKey = stemKeyOf(textSearch);
  const memberIndex = new Map(members.map((m, i) => [m.id, i]));
  const skills = new Numbering();
  const lexemes = texts.numbering;

  const skillMembers = new PostingsBuilder();
  members.forEach((m, p) => {
    for (const skill of m.skills) skillMembers.add(skills.id(skill), p);
  });

  const between = byEndorseeThenEndorser(
    endorsements
      .map((e) => ({ e, endorsee: memberIndex.get(e.endorseeId), endorser: memberIndex.get(e.endorserId) }))
      .filter(
        (x): x is { e: (typeof endorsements)[number]; endorsee: number; endorser: number } =>
          x.endorsee !== undefined && x.endorser !== undefined,
      ),
    members.length,
  );
  const m = between.length;
  const endorseeOf = Int32Array.from(between, (x) => x.endorsee);
  const endorserOf = Int32Array.from(between, (x) => x.endorser);
  const receivedOffsets = new Int32Array(members.length + 1);
  for (const endorsee of endorseeOf) receivedOffsets[endorsee + 1]! += 1;
  for (let p = 0; p < members.length; p += 1) receivedOffsets[p + 1]! += receivedOffsets[p]!;

  // Each document's lexemes, flat: those of document d are at offsets[d] .. offsets[d+1].
  const parse = (text: string | null): ParsedText => {
    const ids: number[] = [];
    const weights: number[] = [];
    scanTsvector(
      text,
      (lexeme, weight) => {
        ids.push(lexemes.id(lexeme));
        weights.push(weight);
      },
      stemKey,
    );
    return { lexemes: Int32Array.from(ids), weights: Float64Array.from(weights) };
  };
  const flatten = (documents: readonly ParsedText[]) => {
    const offsets = new Int32Array(documents.length + 1);
    documents.forEach((document, d) => (offsets[d + 1] = offsets[d]! + document.lexemes.length));
    // Int32, like the parsed texts: copying them in is then a plain copy per document, by hand:
    // TypedArray.set costs more to call than a text of a dozen lexemes costs to copy (it was
    // a thirtieth of a rebuild, 200,000 calls at 10,000 members).
    const ids = new Int32Array(offsets[documents.length]!);
    const weights = new Float64Array(ids.length);
    documents.forEach((document, d) => {
      const { lexemes: from, weights: weighed } = document;
      const at = offsets[d]!;
      for (let k = 0; k < from.length; k += 1) {
        ids[at + k] = from[k]!;
        weights[at + k] = weighed[k]!;
      }
    });
    return { ids, weights, offsets };
  };
  // Filled in place rather than copied: a new map of 100,000 texts per rebuild was a
  // twentieth of it. Texts of endorsements no longer counted go once they are many.
  const examples = flatten(
    between.map(({ e }) => {
      let parsed = texts.parsed.get(e.id);
      if (parsed === undefined) {
        parsed = parse(e.searchVector);
        texts.parsed.set(e.id, parsed);
      }
      return parsed;
    }),
  );
  if (texts.parsed.size > STALE_TEXTS + between.length) {
    const kept = texts.parsed;
    texts.parsed = new Map(between.map(({ e }) => [e.id, kept.get(e.id)!]));
  }
  const parsedProfiles: TextMemory['profiles'] = new Map();
  const profiles = flatten(
    members.map(({ id, searchVector: vector }) => {
      const known = texts.profiles.get(id);
      const parsed = known?.vector === vector ? known.parsed : parse(vector);
      parsedProfiles.set(id, { vector, parsed });
      return parsed;
    }),
  );
  texts.profiles = parsedProfiles;
  const lexemeNames = renumberInUse(lexemes, [examples.ids, profiles.ids]);

  const skillEndorsements = new PostingsBuilder();
  const skillOffsets = new Int32Array(m + 1);
  const endorsementSkills: number[] = [];
  between.forEach(({ e }, position) => {
    for (const skill of e.skills) {
      skillEndorsements.add(skills.id(skill), position);
      endorsementSkills.push(skills.id(skill));
    }
    skillOffsets[position + 1] = endorsementSkills.length;
  });

  // A member's text: their profile plus every example written about them, summed per lexeme.
  const memberTerms = new PostingsBuilder(examples.ids.length + profiles.ids.length);
  const sum = new Float64Array(lexemeNames.length);
  const present: number[] = [];
  const accumulate = (terms: typeof examples, from: number, to: number) => {
    for (let k = terms.offsets[from]!; k < terms.offsets[to]!; k += 1) {
      const id = terms.ids[k]!;
      if (sum[id] === 0) present.push(id);
      sum[id]! += terms.weights[k]!;
    }
  };
  for (let p = 0; p < members.length; p += 1) {
    accumulate(profiles, p, p + 1);
    accumulate(examples, receivedOffsets[p]!, receivedOffsets[p + 1]!);
    for (const id of present) {
      memberTerms.add(id, p, sum[id]);
      sum[id] = 0;
    }
    present.length = 0;
  }

  const endorsementBase = Float64Array.from(between, ({ e }) => baseWeight(e));
  const { decayedBase, evidenceCeiling } = decayWithinEndorserGroups(
    endorsementBase,
    endorseeOf,
    endorserOf,
    members.length,
  );

  const skillKeys = buildLexicon(skills.names);
  const lexemeKeys = sortedLexicon(lexemeNames);
  const lexemeCount = lexemeNames.length;
  const skillMemberLists = skillMembers.build(skillKeys, skills.names.length);
  const skillEndorsementLists = skillEndorsements.build(skillKeys, skills.names.length);
  return {
    textSearch,
    members: members.map(({ searchVector: _vector, ...member }) => member),
    memberIndex,
    endorsementIds: packStrings(between.map(({ e }) => e.id)),
    exampleTitles: packStrings(between.map(({ e }) => e.title)),
    verifiedByHandoff: Uint8Array.from(between, ({ e }) => (e.verified ? 1 : 0)),
    skillOffsets,
    endorsementSkills: Int32Array.from(endorsementSkills),
    skillNames: skills.names,
    receivedOffsets,
    endorseeOf,
    endorserOf,
    endorsementBase,
    decayedBase,
    evidenceCeiling,
    ...endorsementsByEndorser(endorseeOf, endorserOf, members.length),
    memberTerms: memberTerms.build(lexemeKeys, lexemeCount),
    ...exampleLexemeLookup(examples, lexemeNames, lexemeKeys),
    availabilityStated: Float64Array.from(members, (member) =>
      availability(member.availabilityStatus, false),
    ),
    availabilityEnded: Float64Array.from(members, (member) => availability(member.availabilityStatus, true)),
    availabilityEnds: Float64Array.from(members, availabilityEndsAt),
    skillMembers: skillMemberLists,
    skillEndorsements: skillEndorsementLists,
    skillModel: buildSkillModel(lexemeKeys, lexemeCount, [
      { lexemes: examples.ids, offsets: examples.offsets, labelled: skillEndorsementLists, weight: 1 },
      {
        lexemes: profiles.ids,
        offsets: profiles.offsets,
        labelled: skillMemberLists,
        weight: WEIGHTS.inference.profileWeight,
      },
    ]),
  };
}

/**
 * The endorsements ordered by endorsee, then endorser, then id: two stable counting sorts
 * (endorser, then endorsee) over rows that come ordered by id, linear where a comparison sort
 * of 100,000 rows was a tenth of a rebuild.
 */
function byEndorseeThenEndorser<T extends { e: { id: string }; endorsee: number; endorser: number }>(
  rows: T[],
  memberCount: number,
): T[] {
  const inIdOrder = rows.every((row, i) => i === 0 || rows[i - 1]!.e.id < row.e.id)
    ? rows
    : [...rows].sort((a, b) => (a.e.id < b.e.id ? -1 : 1));
  const countingSort = (input: T[], key: (row: T) => number) => {
    const starts = new Int32Array(memberCount + 1);
    for (const row of input) starts[key(row) + 1]! += 1;
    for (let k = 0; k < memberCount; k += 1) starts[k + 1]! += starts[k]!;
    const output = new Array<T>(input.length);
    for (const row of input) output[starts[key(row)]!++] = row;
    return output;
  };
  return countingSort(
    countingSort(inIdOrder, (row) => row.endorser),
    (row) => row.endorsee,
  );
}

/**
 * Renumbers, in place, the lexemes these columns use by their sorted order (0, 1, ...), and
 * returns their names in that order: the model's numbers then depend only on the texts, not on
 * what a remembered numbering saw before.
 */
function renumberInUse(numbering: Numbering, columns: readonly Int32Array[]): string[] {
  const { names } = numbering;
  const used = new Uint8Array(names.length);
  for (const column of columns) for (let k = 0; k < column.length; k += 1) used[column[k]!] = 1;
  const inUse: number[] = [];
  for (const id of sortedIds(numbering)) if (used[id] === 1) inUse.push(id);
  const rank = new Int32Array(names.length);
  inUse.forEach((id, r) => (rank[id] = r));
  for (const column of columns) for (let k = 0; k < column.length; k += 1) column[k] = rank[column[k]!]!;
  return inUse.map((id) => names[id]!);
}

/**
 * The numbering's ids in the order of their names (UTF-16 code units, as `<` compares). Kept
 * with the numbering, which a builder remembers between builds and which only grows: only the
 * names numbered since are sorted, then merged in. Sorting every lexeme again (about 100,000 at
 * 10,000 members) was a twentieth of a rebuild.
 */
function sortedIds(numbering: Numbering): Int32Array {
  const { names } = numbering;
  const known = numbering.sorted;
  if (known.length === names.length) return known;
  const before = (a: number, b: number) => names[a]! < names[b]!;
  const added = Array.from({ length: names.length - known.length }, (_, k) => known.length + k).sort(
    (a, b) => (before(a, b) ? -1 : 1),
  );
  const merged = new Int32Array(names.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < merged.length; k += 1) {
    merged[k] =
      j >= added.length || (i < known.length && before(known[i]!, added[j]!)) ? known[i++]! : added[j++]!;
  }
  numbering.sorted = merged;
  return merged;
}

/**
 * Who gave which endorsements (`givenOffsets`, `givenBy`: a counting sort by endorser), for
 * what a trusted endorser's word adds, and the most endorsements one endorser gave one endorsee
 * (next to each other in endorsement order).
 */
export function endorsementsByEndorser(
  endorseeOf: Int32Array,
  endorserOf: Int32Array,
  memberCount: number,
): Pick<SearchIndex, 'givenOffsets' | 'givenBy' | 'largestEndorserGroup'> {
  const givenOffsets = new Int32Array(memberCount + 1);
  for (const endorser of endorserOf) givenOffsets[endorser + 1]! += 1;
  for (let u = 0; u < memberCount; u += 1) givenOffsets[u + 1]! += givenOffsets[u]!;
  const givenFill = givenOffsets.slice(0, memberCount);
  const givenBy = new Int32Array(endorserOf.length);
  endorserOf.forEach((endorser, e) => {
    givenBy[givenFill[endorser]!] = e;
    givenFill[endorser]! += 1;
  });
  let largestEndorserGroup = 0;
  for (let e = 0, run = 0; e < endorserOf.length; e += 1) {
    const same = e > 0 && endorseeOf[e - 1] === endorseeOf[e] && endorserOf[e - 1] === endorserOf[e];
    run = same ? run + 1 : 1;
    largestEndorserGroup = Math.max(largestEndorserGroup, run);
  }
  return { givenOffsets, givenBy, largestEndorserGroup };
}

/**
 * Each endorsement's base weight after the per-endorser decay (ranked by base weight within its
 * endorser's endorsements of the same member, which are next to each other), and their sum per
 * endorsee.
 */
export function decayWithinEndorserGroups(
  base: Float64Array,
  endorseeOf: Int32Array,
  endorserOf: Int32Array,
  memberCount: number,
): { decayedBase: Float64Array; evidenceCeiling: Float64Array } {
  const decayedBase = new Float64Array(base.length);
  const evidenceCeiling = new Float64Array(memberCount);
  let start = 0;
  while (start < base.length) {
    let end = start + 1;
    while (
      end < base.length &&
      endorseeOf[end] === endorseeOf[start] &&
      endorserOf[end] === endorserOf[start]
    ) {
      end += 1;
    }
    if (end - start === 1) {
      // Most endorsers endorsed a member once: no decay to rank.
      decayedBase[start] = base[start]!;
      evidenceCeiling[endorseeOf[start]!]! += base[start]!;
    } else {
      const group = Array.from({ length: end - start }, (_, k) => start + k).sort(
        (a, b) => base[b]! - base[a]! || a - b,
      );
      group.forEach((e, rank) => {
        decayedBase[e] = base[e]! * WEIGHTS.evidence.perEndorserDecay ** rank;
        evidenceCeiling[endorseeOf[e]!]! += decayedBase[e];
      });
    }
    start = end;
  }
  return { decayedBase, evidenceCeiling };
}

const MASK_BITS = 64;

/** The masks and posting lists of `SearchIndex` from each example's lexeme numbers. */
function exampleLexemeLookup(
  examples: { ids: Int32Array; offsets: Int32Array },
  names: readonly string[],
  keys: Lexicon,
): Pick<SearchIndex, 'frequentLexemeBits' | 'exampleMaskLow' | 'exampleMaskHigh' | 'rareExampleTerms'> {
  const count = examples.offsets.length - 1;
  const frequency = new Int32Array(names.length);
  for (let k = 0; k < examples.ids.length; k += 1) frequency[examples.ids[k]!]! += 1;
  // The MASK_BITS most frequent, most frequent first (ties: lower number first), kept by
  // insertion into a short sorted list rather than sorting every lexeme.
  const frequent: number[] = [];
  const before = (a: number, b: number) =>
    frequency[a]! > frequency[b]! || (frequency[a] === frequency[b] && a < b);
  for (let id = 0; id < names.length; id += 1) {
    if (frequency[id] === 0) continue;
    if (frequent.length === MASK_BITS && !before(id, frequent[MASK_BITS - 1]!)) continue;
    let at = frequent.length;
    while (at > 0 && before(id, frequent[at - 1]!)) at -= 1;
    frequent.splice(at, 0, id);
    if (frequent.length > MASK_BITS) frequent.pop();
  }
  const bitOf = new Int32Array(names.length).fill(-1);
  frequent.forEach((id, bit) => (bitOf[id] = bit));

  const exampleMaskLow = new Int32Array(count);
  const exampleMaskHigh = new Int32Array(count);
  // The rare lexemes' posting lists by a counting sort over the examples' lexemes: the
  // frequencies counted above size each list, and a pass in example order fills them sorted.
  const offsets = new Int32Array(names.length + 1);
  for (let id = 0; id < names.length; id += 1) {
    offsets[id + 1] = offsets[id]! + (bitOf[id]! < 0 ? frequency[id]! : 0);
  }
  const fill = offsets.slice(0, names.length);
  const docs = new Int32Array(offsets[names.length]!);
  for (let e = 0; e < count; e += 1) {
    for (let k = examples.offsets[e]!; k < examples.offsets[e + 1]!; k += 1) {
      const id = examples.ids[k]!;
      const bit = bitOf[id]!;
      if (bit < 0) docs[fill[id]!++] = e;
      else if (bit < 32) exampleMaskLow[e]! |= 1 << bit;
      else exampleMaskHigh[e]! |= 1 << (bit - 32);
    }
  }
  return {
    frequentLexemeBits: new Map(frequent.map((id, bit) => [names[id]!, bit])),
    exampleMaskLow,
    exampleMaskHigh,
    rareExampleTerms: { keys, offsets, docs },
  };
}

/** Endorsement e as reasons show it. */
export function shownEndorsement(
  index: SearchIndex,
  e: number,
): Omit<IndexedEndorsement, 'descriptionWords'> {
  const skills: string[] = [];
  for (let k = index.skillOffsets[e]!; k < index.skillOffsets[e + 1]!; k += 1) {
    skills.push(index.skillNames[index.endorsementSkills[k]!]!);
  }
  return {
    id: stringAt(index.endorsementIds, e),
    endorserId: index.members[index.endorserOf[e]!]!.id,
    endorseeId: index.members[index.endorseeOf[e]!]!.id,
    skills,
    title: stringAt(index.exampleTitles, e),
    verified: index.verifiedByHandoff[e] === 1,
  };
}
