/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by positions that the index itself assigned; checking each access would cost more than the lookups */
/**
 * An in-memory search index of one collective, built from PostgreSQL's own tsvectors (so
 * stemming and stop words are exactly the database's) and cached with the trust graph. Members
 * and endorsements are numbered; everything a request needs is in typed arrays, so a query
 * walks only the posting lists of the brief's words and skills and allocates no objects per
 * member: its cost follows how many documents the brief touches, not the collective's size.
 */

/** ts_rank's default weights for the classes A, B, C, D. */
const CLASS_WEIGHT: Record<string, number> = { A: 1, B: 0.4, C: 0.2, D: 0.1 };

/**
 * Lexeme -> weight from a tsvector's text form (`'brand':1A,4 'design':2B`): the weight of its
 * best class, growing slowly with repetitions.
 */
export function parseTsvector(text: string | null): Map<string, number> {
  const weights = new Map<string, number>();
  if (!text) return weights;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf("'", i);
    if (open < 0) break;
    // A lexeme ends at a quote that is not doubled.
    let close = open + 1;
    for (;;) {
      close = text.indexOf("'", close);
      if (close < 0 || text[close + 1] !== "'") break;
      close += 2;
    }
    if (close < 0) break;
    const lexeme = text.slice(open + 1, close).replaceAll("''", "'");
    let end = text.indexOf(' ', close);
    if (end < 0) end = text.length;
    let best = 0;
    let positions = 0;
    if (text[close + 1] === ':') {
      for (const position of text.slice(close + 2, end).split(',')) {
        positions += 1;
        const letter = position[position.length - 1] ?? 'D';
        best = Math.max(best, CLASS_WEIGHT[letter] ?? CLASS_WEIGHT.D!);
      }
    } else {
      best = CLASS_WEIGHT.D!;
    }
    weights.set(lexeme, best * (1 + Math.log(Math.max(1, positions))));
    i = end + 1;
  }
  return weights;
}

export interface IndexedMember {
  id: string;
  headline: string | null;
  skills: string[];
  availabilityStatus: 'available' | 'limited' | 'unavailable';
  availabilityUntil: string | null;
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

/** A posting list: which documents contain a lexeme (or name a skill), and how strongly. */
export interface Postings {
  docs: Int32Array;
  weights: Float32Array;
}

export interface SearchIndex {
  members: IndexedMember[];
  memberIndex: Map<string, number>;
  endorsements: IndexedEndorsement[];
  /** Per endorsement: its endorsee's and endorser's member positions. */
  endorseeOf: Int32Array;
  endorserOf: Int32Array;
  /** Endorsements received by member p are receivedBy[receivedOffsets[p] .. receivedOffsets[p+1]). */
  receivedOffsets: Int32Array;
  receivedBy: Int32Array;
  profileTerms: Map<string, Postings>;
  endorsementTerms: Map<string, Postings>;
  /** Skill slug -> members listing it, and endorsements naming it (weights unused). */
  skillMembers: Map<string, Postings>;
  skillEndorsements: Map<string, Postings>;
}

class PostingsBuilder {
  private readonly lists = new Map<string, { docs: number[]; weights: number[] }>();

  add(key: string, doc: number, weight = 1): void {
    let list = this.lists.get(key);
    if (!list) {
      list = { docs: [], weights: [] };
      this.lists.set(key, list);
    }
    list.docs.push(doc);
    list.weights.push(weight);
  }

  build(): Map<string, Postings> {
    const built = new Map<string, Postings>();
    for (const [key, list] of this.lists) {
      built.set(key, { docs: Int32Array.from(list.docs), weights: Float32Array.from(list.weights) });
    }
    return built;
  }
}

export function buildSearchIndex(
  members: readonly (IndexedMember & { searchVector: string | null })[],
  endorsements: readonly (IndexedEndorsement & { searchVector: string | null })[],
): SearchIndex {
  const memberIndex = new Map(members.map((m, i) => [m.id, i]));
  const profileTerms = new PostingsBuilder();
  const endorsementTerms = new PostingsBuilder();
  const skillMembers = new PostingsBuilder();
  const skillEndorsements = new PostingsBuilder();
  members.forEach((m, i) => {
    for (const [lexeme, weight] of parseTsvector(m.searchVector)) profileTerms.add(lexeme, i, weight);
    for (const skill of m.skills) skillMembers.add(skill, i);
  });

  const kept: IndexedEndorsement[] = [];
  const endorsees: number[] = [];
  const endorsers: number[] = [];
  for (const { searchVector, ...e } of endorsements) {
    const endorsee = memberIndex.get(e.endorseeId);
    const endorser = memberIndex.get(e.endorserId);
    if (endorsee === undefined || endorser === undefined) continue;
    const position = kept.length;
    kept.push(e);
    endorsees.push(endorsee);
    endorsers.push(endorser);
    for (const [lexeme, weight] of parseTsvector(searchVector))
      endorsementTerms.add(lexeme, position, weight);
    for (const skill of e.skills) skillEndorsements.add(skill, position);
  }

  // Endorsements grouped by endorsee (counting sort), for the per-candidate evidence loop.
  const receivedOffsets = new Int32Array(members.length + 1);
  for (const endorsee of endorsees) receivedOffsets[endorsee + 1]! += 1;
  for (let p = 0; p < members.length; p += 1) receivedOffsets[p + 1]! += receivedOffsets[p]!;
  const fill = receivedOffsets.slice(0, members.length);
  const receivedBy = new Int32Array(kept.length);
  endorsees.forEach((endorsee, e) => {
    receivedBy[fill[endorsee]!] = e;
    fill[endorsee]! += 1;
  });

  return {
    members: members.map(({ searchVector: _vector, ...m }) => m),
    memberIndex,
    endorsements: kept,
    endorseeOf: Int32Array.from(endorsees),
    endorserOf: Int32Array.from(endorsers),
    receivedOffsets,
    receivedBy,
    profileTerms: profileTerms.build(),
    endorsementTerms: endorsementTerms.build(),
    skillMembers: skillMembers.build(),
    skillEndorsements: skillEndorsements.build(),
  };
}
