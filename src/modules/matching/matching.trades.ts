/* eslint-disable @typescript-eslint/no-non-null-assertion -- typed arrays indexed by member positions and trade numbers assigned here */
/**
 * Colleagues of the same trade. A client who needs a packaging designer is also served by the
 * collective's other packaging and brand designers, though their profiles may share no word with
 * the brief and their skill slugs none with the skill inferred from it: each freelancer names
 * their specialty their own way. The curated thesaurus groups its work vocabulary by trade
 * (matching.thesaurus.ts), so a member's share of a trade is the share of the thesaurus words in
 * their profile and examples that belong to that trade. A brief's trades are those of the members
 * who hold the skills it asks for or was inferred to ask for, checked by those of its own words,
 * and each member's trade fit is how close their trades are to that mix.
 */
import { findSorted, type SearchIndex } from './matching.index.js';
import type { BriefHits } from './matching.scoring.js';
import { lookup } from './matching.strings.js';
import type { StemmedTrade } from './matching.synonyms.js';
import { WEIGHTS } from './matching.weights.js';

/**
 * Per trade t, the members with a share of it: members[offsets[t] .. offsets[t+1]), in position
 * order, with their shares alike (a member's shares sum to at most 1).
 */
export interface TradeShares {
  offsets: Int32Array;
  members: Int32Array;
  shares: Float64Array;
  /** Per member: the Euclidean norm of their shares (0 for a member with none). */
  norms: Float64Array;
}

/**
 * Built once per index and thesaurus (the stemmed trades of one text search configuration are
 * one array for the life of the process): the first brief after a rebuild pays for it.
 */
const built = new WeakMap<SearchIndex, Map<readonly StemmedTrade[], TradeShares>>();

/**
 * Each member's share of each trade, from the weights of the trades' lexemes in their texts.
 * With `from`, the shares of an index whose texts differ from `index`'s only for the members at
 * `from.changed` (a patched model's: matching.additions.ts, matching.removals.ts): their shares
 * are computed again, the others' kept. Computing every member's was 40 to 100 ms at 10,000
 * members, on the event loop for each write to a big collective.
 */
export function tradeShares(
  index: SearchIndex,
  trades: readonly StemmedTrade[],
  from?: { shares: TradeShares; changed: readonly number[] },
): TradeShares {
  const known = built.get(index)?.get(trades);
  if (known !== undefined) return known;
  const result = from ? withMembersAgain(index, trades, from.shares, from.changed) : allShares(index, trades);
  const byThesaurus = built.get(index) ?? new Map<readonly StemmedTrade[], TradeShares>();
  byThesaurus.set(trades, result);
  built.set(index, byThesaurus);
  return result;
}

/** A word of several trades ("design") speaks for each of them at that fraction. */
function sharedBy(trades: readonly StemmedTrade[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { lexemes } of trades) {
    for (const lexeme of lexemes) counts.set(lexeme, (counts.get(lexeme) ?? 0) + 1);
  }
  return counts;
}

/** Shares below minShare are a word in passing (a copywriter who mentions photos), not a trade. */
const kept = (value: number, total: number) => total > 0 && value >= WEIGHTS.trades.minShare * total;

/** The shares of the members at `changed` computed again on `index`, the others' kept from `shares`. */
function withMembersAgain(
  index: SearchIndex,
  trades: readonly StemmedTrade[],
  shares: TradeShares,
  changed: readonly number[],
): TradeShares {
  const { memberTerms } = index;
  const fraction = sharedBy(trades);
  const again = new Map<number, Float64Array>();
  for (const p of new Set(changed)) {
    const score = new Float64Array(trades.length);
    trades.forEach(({ lexemes }, t) => {
      for (const lexeme of lexemes) {
        const k = lookup(memberTerms.keys, lexeme);
        if (k === undefined) continue;
        const slot = findSorted(memberTerms.docs, memberTerms.offsets[k]!, memberTerms.offsets[k + 1]!, p);
        if (slot >= 0) score[t]! += (1 / fraction.get(lexeme)!) * memberTerms.weights[slot]!;
      }
    });
    again.set(p, score);
  }
  const totals = new Map([...again].map(([p, score]) => [p, score.reduce((sum, x) => sum + x, 0)]));
  const offsets = new Int32Array(trades.length + 1);
  const members: number[] = [];
  const values: number[] = [];
  const norms = shares.norms.slice();
  for (const p of again.keys()) norms[p] = 0;
  trades.forEach((_, t) => {
    // Kept entries and recomputed ones, merged in position order.
    const fresh = [...again]
      .filter(([p, score]) => kept(score[t]!, totals.get(p)!))
      .map(([p, score]) => ({ p, share: score[t]! / totals.get(p)! }))
      .sort((a, b) => a.p - b.p);
    let next = 0;
    const push = (p: number, share: number) => {
      members.push(p);
      values.push(share);
    };
    for (let i = shares.offsets[t]!; i < shares.offsets[t + 1]!; i += 1) {
      const p = shares.members[i]!;
      while (next < fresh.length && fresh[next]!.p < p) push(fresh[next]!.p, fresh[next++]!.share);
      if (!again.has(p)) push(p, shares.shares[i]!);
    }
    while (next < fresh.length) push(fresh[next]!.p, fresh[next++]!.share);
    for (const { p, share } of fresh) norms[p]! += share ** 2;
    offsets[t + 1] = members.length;
  });
  for (const p of again.keys()) norms[p] = Math.sqrt(norms[p]!);
  return { offsets, members: Int32Array.from(members), shares: Float64Array.from(values), norms };
}

function allShares(index: SearchIndex, trades: readonly StemmedTrade[]): TradeShares {
  const tradeCount = trades.length;
  const memberCount = index.members.length;
  const fraction = sharedBy(trades);
  const { memberTerms } = index;
  const score = new Float64Array(memberCount * tradeCount);
  trades.forEach(({ lexemes }, t) => {
    for (const lexeme of lexemes) {
      const k = lookup(memberTerms.keys, lexeme);
      if (k === undefined) continue;
      const share = 1 / fraction.get(lexeme)!;
      for (let i = memberTerms.offsets[k]!; i < memberTerms.offsets[k + 1]!; i += 1) {
        score[memberTerms.docs[i]! * tradeCount + t]! += share * memberTerms.weights[i]!;
      }
    }
  });
  const offsets = new Int32Array(tradeCount + 1);
  const total = new Float64Array(memberCount);
  for (let p = 0; p < memberCount; p += 1) {
    for (let t = 0; t < tradeCount; t += 1) total[p]! += score[p * tradeCount + t]!;
    for (let t = 0; t < tradeCount; t += 1) {
      if (kept(score[p * tradeCount + t]!, total[p]!)) offsets[t + 1]! += 1;
    }
  }
  for (let t = 0; t < tradeCount; t += 1) offsets[t + 1]! += offsets[t]!;
  const fill = offsets.slice(0, tradeCount);
  const members = new Int32Array(offsets[tradeCount]!);
  const shares = new Float64Array(members.length);
  const norms = new Float64Array(memberCount);
  for (let p = 0; p < memberCount; p += 1) {
    for (let t = 0; t < tradeCount; t += 1) {
      const value = score[p * tradeCount + t]!;
      if (!kept(value, total[p]!)) continue;
      members[fill[t]!] = p;
      shares[fill[t]!] = value / total[p]!;
      norms[p]! += (value / total[p]!) ** 2;
      fill[t]! += 1;
    }
    norms[p] = Math.sqrt(norms[p]!);
  }
  return { offsets, members, shares, norms };
}

/** Each lexeme of a thesaurus's trades -> the trades it belongs to (once per thesaurus). */
const vocabularies = new WeakMap<readonly StemmedTrade[], Map<string, number[]>>();

function vocabularyOf(trades: readonly StemmedTrade[]): Map<string, number[]> {
  const known = vocabularies.get(trades);
  if (known !== undefined) return known;
  const vocabulary = new Map<string, number[]>();
  trades.forEach(({ lexemes }, t) => {
    for (const lexeme of lexemes) vocabulary.set(lexeme, [...(vocabulary.get(lexeme) ?? []), t]);
  });
  vocabularies.set(trades, vocabulary);
  return vocabulary;
}

/** Scales a mix to sum 1 (a mix of zeros stays so). */
function normalised(mix: Float64Array): Float64Array {
  const sum = mix.reduce((total, value) => total + value, 0);
  return sum === 0 ? mix : mix.map((value) => value / sum);
}

/**
 * Fills `hits.trade`: each member's closeness (cosine) to the brief's trade mix, at
 * `WEIGHTS.trades.fit`. The mix has two halves that check each other: the mean trade shares of
 * the members who hold the brief's skills (requested or inferred), so that a skill held in two
 * trades (accessibility: researchers and developers) reaches both; and the trades of the
 * brief's own words and their related words, so that a skill inferred from a word in passing
 * does not bring in a whole trade the brief never speaks of. Returns the mix (each half sums to
 * 1; all zeros when neither half found a trade).
 */
export function addTradeFit(
  hits: BriefHits,
  trades: readonly StemmedTrade[],
  shares: TradeShares,
  words: readonly { lexeme: string; weight: number }[],
): Float64Array {
  const { declaredSkills, endorsedSkills, trade } = hits;
  const tradeCount = trades.length;
  const held = new Float64Array(tradeCount);
  for (let t = 0; t < tradeCount; t += 1) {
    for (let i = shares.offsets[t]!; i < shares.offsets[t + 1]!; i += 1) {
      const p = shares.members[i]!;
      if ((declaredSkills[p]! | endorsedSkills[p]!) !== 0) held[t]! += shares.shares[i]!;
    }
  }
  const said = new Float64Array(tradeCount);
  const vocabulary = vocabularyOf(trades);
  for (const { lexeme, weight } of words) {
    const of = vocabulary.get(lexeme) ?? [];
    for (const t of of) said[t]! += weight / of.length;
  }
  const heldShare = normalised(held);
  const saidShare = normalised(said);
  const mix = heldShare.map((value, t) => value + saidShare[t]!);
  const norm = Math.hypot(...mix);
  if (norm === 0) return mix;
  for (let t = 0; t < tradeCount; t += 1) {
    if (mix[t] === 0) continue;
    for (let i = shares.offsets[t]!; i < shares.offsets[t + 1]!; i += 1) {
      const p = shares.members[i]!;
      trade[p]! += (WEIGHTS.trades.fit * mix[t]! * shares.shares[i]!) / (norm * shares.norms[p]!);
    }
  }
  return mix;
}

/**
 * The trade a member shows in reasons: of the brief's mix, the one that gives them most of their
 * trade fit; none when their trade fit is under half its weight (a word in passing).
 */
export function shownTrade(
  hits: BriefHits,
  shares: TradeShares,
  mix: Float64Array,
  p: number,
): number | undefined {
  if (hits.trade[p]! < WEIGHTS.trades.fit / 2) return undefined;
  let best: number | undefined;
  let bestWeight = 0;
  mix.forEach((weight, t) => {
    const share = shareOf(shares, t, p);
    if (weight * share > bestWeight) {
      best = t;
      bestWeight = weight * share;
    }
  });
  return best;
}

/** Member p's share of trade t: by bisection, since each trade's members are in position order. */
function shareOf(shares: TradeShares, t: number, p: number): number {
  let low = shares.offsets[t]!;
  let high = shares.offsets[t + 1]!;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const at = shares.members[mid]!;
    if (at === p) return shares.shares[mid]!;
    if (at < p) low = mid + 1;
    else high = mid;
  }
  return 0;
}
