/**
 * An in-memory full-text index of one collective, built from PostgreSQL's own tsvectors (so
 * stemming and stop words are exactly the database's) and cached with the trust graph. A
 * query walks only the posting lists of the brief's words, so its cost does not grow with
 * the size of the collective the way ranking every matching row in SQL would.
 */

/** ts_rank's default weights for the classes A, B, C, D. */
const CLASS_WEIGHT: Record<string, number> = { A: 1, B: 0.4, C: 0.2, D: 0.1 };

/** Lexeme -> weight (class weight, growing slowly with repetitions) from a tsvector's text form. */
export function parseTsvector(text: string | null): Map<string, number> {
  const weights = new Map<string, number>();
  if (!text) return weights;
  for (const match of text.matchAll(/'((?:[^']|'')*)'(?::([0-9A-D,]+))?/g)) {
    const lexeme = (match[1] ?? '').replaceAll("''", "'");
    const positions = (match[2] ?? '').split(',').filter(Boolean);
    const best = Math.max(
      CLASS_WEIGHT.D ?? 0.1,
      ...positions.map((p) => CLASS_WEIGHT[p.replace(/^\d+/, '') || 'D'] ?? 0.1),
    );
    weights.set(lexeme, best * (1 + Math.log(Math.max(1, positions.length))));
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

/** A posting list: which documents contain a lexeme, and how strongly. */
interface Postings {
  docs: number[];
  weights: number[];
}

export interface SearchIndex {
  members: IndexedMember[];
  memberIndex: Map<string, number>;
  endorsements: IndexedEndorsement[];
  /** Endorsements received, by member position. */
  received: number[][];
  profileTerms: Map<string, Postings>;
  endorsementTerms: Map<string, Postings>;
  /** Skill slug -> members listing it, and endorsements naming it. */
  skillMembers: Map<string, number[]>;
  skillEndorsements: Map<string, number[]>;
}

function addTo(target: Map<string, number[]>, key: string, value: number): void {
  const list = target.get(key);
  if (list) list.push(value);
  else target.set(key, [value]);
}

function addPostings(target: Map<string, Postings>, doc: number, weights: Map<string, number>): void {
  for (const [lexeme, weight] of weights) {
    let list = target.get(lexeme);
    if (!list) {
      list = { docs: [], weights: [] };
      target.set(lexeme, list);
    }
    list.docs.push(doc);
    list.weights.push(weight);
  }
}

export function buildSearchIndex(
  members: readonly (IndexedMember & { searchVector: string | null })[],
  endorsements: readonly (IndexedEndorsement & { searchVector: string | null })[],
): SearchIndex {
  const memberIndex = new Map(members.map((m, i) => [m.id, i]));
  const profileTerms = new Map<string, Postings>();
  const endorsementTerms = new Map<string, Postings>();
  const received: number[][] = members.map(() => []);
  const skillMembers = new Map<string, number[]>();
  const skillEndorsements = new Map<string, number[]>();
  members.forEach((m, i) => {
    addPostings(profileTerms, i, parseTsvector(m.searchVector));
    for (const skill of m.skills) addTo(skillMembers, skill, i);
  });
  const kept: IndexedEndorsement[] = [];
  for (const { searchVector, ...e } of endorsements) {
    const endorsee = memberIndex.get(e.endorseeId);
    if (endorsee === undefined || !memberIndex.has(e.endorserId)) continue;
    const position = kept.length;
    kept.push(e);
    received[endorsee]?.push(position);
    addPostings(endorsementTerms, position, parseTsvector(searchVector));
    for (const skill of e.skills) addTo(skillEndorsements, skill, position);
  }
  return {
    members: members.map(({ searchVector: _vector, ...m }) => m),
    memberIndex,
    endorsements: kept,
    received,
    profileTerms,
    endorsementTerms,
    skillMembers,
    skillEndorsements,
  };
}

export interface TextHits {
  /** Profile text score by member position. */
  profile: Map<number, number>;
  /** Example text score by endorsement position. */
  endorsement: Map<number, number>;
}

/** Scores every document that contains one of the brief's lexemes; nothing else is touched. */
export function searchText(index: SearchIndex, lexemes: readonly string[]): TextHits {
  const sum = (terms: Map<string, Postings>) => {
    const scores = new Map<number, number>();
    for (const lexeme of lexemes) {
      const list = terms.get(lexeme);
      if (!list) continue;
      for (let k = 0; k < list.docs.length; k += 1) {
        const doc = list.docs[k] ?? 0;
        scores.set(doc, (scores.get(doc) ?? 0) + (list.weights[k] ?? 0));
      }
    }
    return scores;
  };
  return { profile: sum(index.profileTerms), endorsement: sum(index.endorsementTerms) };
}
