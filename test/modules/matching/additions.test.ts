import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  additionSteps,
  canAdd,
  inTurns,
  withAdditions,
} from '../../../src/modules/matching/matching.additions.js';
import type { SearchIndex } from '../../../src/modules/matching/matching.index.js';
import { buildModelData, type ModelData } from '../../../src/modules/matching/matching.model.js';
import { endorsementsByIds } from '../../../src/modules/matching/matching.repository.js';
import { entries, lookup, stringAt } from '../../../src/modules/matching/matching.strings.js';
import { thesaurusTrades } from '../../../src/modules/matching/matching.builder.js';
import { tradeShares } from '../../../src/modules/matching/matching.trades.js';
import { createTestApp, type TestApp } from '../../support/app.js';
import { endorsementBody, endorseOk } from '../../support/endorsements.js';
import { createCollective, type TestCollective, type TestMember } from '../../support/factories.js';
import { member } from '../../support/graph.js';

/**
 * Endorsements given after a model's snapshot are counted by patching it (withAdditions)
 * instead of rebuilding it. The patched search index must be the one a build after them makes,
 * in everything but the skill model (which waits for the rebuild).
 */

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ env: { MATCHING_WORKER: 'false' } });
});
afterAll(() => t.close());

const NOW = new Date('2026-12-01T12:00:00Z');
const body = (title: string) =>
  endorsementBody({ skills: ['brand-design', 'packaging-design'], example: { title } });

/** Which examples contain each lexeme, whether the index keeps it as a mask bit or a posting list. */
function examplesByLexeme(index: SearchIndex): Record<string, number[]> {
  const byLexeme: Record<string, number[]> = {};
  for (const [lexeme, k] of entries(index.rareExampleTerms.keys)) {
    const { offsets, docs } = index.rareExampleTerms;
    const found = Array.from(docs.subarray(offsets[k], offsets[k + 1]));
    const bit = index.frequentLexemeBits.get(lexeme);
    if (bit !== undefined) {
      for (let e = 0; e < index.endorseeOf.length; e += 1) {
        const mask =
          bit < 32 ? index.exampleMaskLow[e]! & (1 << bit) : index.exampleMaskHigh[e]! & (1 << (bit - 32));
        if (mask !== 0) found.push(e);
      }
    }
    if (found.length > 0) byLexeme[lexeme] = found.sort((a, b) => a - b);
  }
  return byLexeme;
}

/** Each lexeme's members with their summed weights (lexemes new to a patched index are numbered apart). */
function membersByLexeme(index: SearchIndex): Record<string, string[]> {
  const { keys, offsets, docs, weights } = index.memberTerms;
  const byLexeme: Record<string, string[]> = {};
  for (const [lexeme, k] of entries(keys)) {
    byLexeme[lexeme] = Array.from(
      docs.subarray(offsets[k], offsets[k + 1]),
      (p, i) => `${p}:${weights[offsets[k]! + i]!.toFixed(12)}`,
    );
  }
  return byLexeme;
}

/** The index as scoring reads it, but for the skill model (built from every example: not patched). */
function evidence(index: SearchIndex) {
  const strings = (packed: { text: string; ends: Int32Array }) =>
    Array.from(packed.ends, (_, i) => stringAt(packed, i));
  return {
    endorsementIds: strings(index.endorsementIds),
    exampleTitles: strings(index.exampleTitles),
    verifiedByHandoff: index.verifiedByHandoff,
    receivedOffsets: index.receivedOffsets,
    endorseeOf: index.endorseeOf,
    endorserOf: index.endorserOf,
    skillOffsets: index.skillOffsets,
    endorsementSkills: index.endorsementSkills,
    endorsementBase: index.endorsementBase,
    decayedBase: index.decayedBase,
    evidenceCeiling: Array.from(index.evidenceCeiling, (x) => x.toFixed(12)),
    givenOffsets: index.givenOffsets,
    givenBy: index.givenBy,
    largestEndorserGroup: index.largestEndorserGroup,
    memberTerms: membersByLexeme(index),
    skillEndorsements: { offsets: index.skillEndorsements.offsets, docs: index.skillEndorsements.docs },
    examples: examplesByLexeme(index),
  };
}

describe('endorsements given after a model, counted by patching it', () => {
  let c: TestCollective;
  let people: TestMember[];
  let model: ModelData;
  /** The endorsements given since `model`, by the tests in order. */
  const given: string[] = [];
  const rowsOf = async (ids: readonly string[]) =>
    (await endorsementsByIds(t.db, c.id, ids)).map(({ status: _status, ...row }) => row);

  beforeAll(async () => {
    c = await createCollective(t);
    people = [c.owner];
    for (let i = 0; i < 6; i += 1) {
      people.push(await member(t, c.id, { headline: `Designer ${i}`, skills: ['brand-design'] }));
    }
    for (let i = 1; i < people.length; i += 1) {
      await endorseOk(t, people[i - 1]!, people[i]!.memberId, body('Tea tin labels'));
    }
    await endorseOk(t, people[3]!, people[1]!.memberId, body('Labels for a tea range'));
    model = (await buildModelData(t.db, c.id, NOW))!;
  });

  it('gives the index a build after them makes: positions, weights, words, skills, who gave what', async () => {
    const first = [
      // A second endorsement from the same endorser (the per-endorser decay ranks them anew).
      await endorseOk(t, people[0]!, people[1]!.memberId, body('Tea range labels')),
      // Of a member who had received none, and of the first and the last member positions.
      await endorseOk(t, people[4]!, people[0]!.memberId, body('Tea tin labels')),
      await endorseOk(t, people[2]!, people[6]!.memberId, body('Labels for tea tins')),
      await endorseOk(t, people[5]!, people[6]!.memberId, body('Tea range labels')),
    ];
    given.push(...first.map((g) => g.id));
    const rows = await rowsOf(given);
    expect(canAdd(model.index, rows)).toBe(true);

    const patched = withAdditions(model, rows);
    const rebuilt = (await buildModelData(t.db, c.id, NOW))!;
    expect(patched.index.endorseeOf.length).toBe(model.index.endorseeOf.length + 4);
    expect(evidence(patched.index)).toEqual(evidence(rebuilt.index));
    // The rest of the model is shared with the one patched, which stays as it was.
    expect(patched.graph).toBe(model.graph);
    expect(patched.index.skillModel).toBe(model.index.skillModel);
    expect(model.index.endorseeOf.length).toBe(rebuilt.index.endorseeOf.length - 4);
  });

  it('counts words the collective never used before', async () => {
    given.push((await endorseOk(t, people[2]!, people[5]!.memberId, body('Letterpress zines'))).id);
    const rows = await rowsOf(given);
    expect(canAdd(model.index, rows)).toBe(true);
    const patched = withAdditions(model, rows);
    const rebuilt = (await buildModelData(t.db, c.id, NOW))!;
    expect(lookup(model.index.memberTerms.keys, 'letterpress')).toBeUndefined();
    expect(evidence(patched.index)).toEqual(evidence(rebuilt.index));
    expect(evidence(patched.index).memberTerms.letterpress).toHaveLength(1);
  });

  it('gives the trade shares a computation over every member gives, computing only the changed members', async () => {
    const tradesOf = thesaurusTrades(t.db);
    const built = (await buildModelData(t.db, c.id, NOW, undefined, undefined, [], tradesOf))!;
    given.length = 0;
    given.push(
      (await endorseOk(t, people[3]!, people[2]!.memberId, body('Packaging and labels for a tea range'))).id,
      (await endorseOk(t, people[6]!, people[4]!.memberId, body('Photography of tea tins'))).id,
    );
    const rows = await rowsOf(given);
    const patched = withAdditions(built, rows);
    const trades = await tradesOf('en', built.trades!.config);
    const changed = rows.map((row) => patched.index.memberIndex.get(row.endorsee_id)!);
    const again = tradeShares(patched.index, trades, { shares: built.trades!.shares, changed });
    // A copy of the index: the shares are remembered per index.
    const everyMember = tradeShares({ ...patched.index }, trades);
    expect(again).toEqual(everyMember);
    expect(everyMember).not.toEqual(built.trades!.shares);
  });

  it('in steps of a few postings each, gives the patch counted in one go', async () => {
    const rows = await rowsOf(given);
    const whole = withAdditions(model, rows);
    // Three postings a step: every copy and renumbering run is cut across steps.
    const steps = additionSteps(model, rows, 3);
    let count = 0;
    let step = steps.next();
    while (step.done !== true) {
      count += 1;
      step = steps.next();
    }
    expect(count).toBeGreaterThan(50);
    expect(evidence(step.value.index)).toEqual(evidence(whole.index));
    expect(step.value.index.memberTerms).toEqual(whole.index.memberTerms);
    expect(step.value.index.rareExampleTerms).toEqual(whole.index.rareExampleTerms);
  });

  it('in turns of the event loop: at once within the budget, else later, or not at all once unwanted', async () => {
    const rows = await rowsOf(given);
    const whole = withAdditions(model, rows);
    const atOnce = inTurns(additionSteps(model, rows), { firstMs: 10_000, laterMs: 10_000 }, () => true);
    expect(atOnce.done).toBe(true);
    expect(evidence((atOnce.value as ModelData).index)).toEqual(evidence(whole.index));

    const later = inTurns(additionSteps(model, rows, 3), { firstMs: 0, laterMs: 0 }, () => true);
    expect(later.done).toBe(false);
    expect(evidence((await later.value)!.index)).toEqual(evidence(whole.index));

    let wanted = true;
    const dropped = inTurns(additionSteps(model, rows, 3), { firstMs: 0, laterMs: 0 }, () => wanted);
    wanted = false;
    expect(dropped.done).toBe(false);
    expect(await dropped.value).toBeUndefined();
  });

  it('cannot count an endorsement with a skill the model does not know, or of a member it lacks', async () => {
    const rowOf = async (id: string) => {
      const [row] = await endorsementsByIds(t.db, c.id, [id]);
      const { status: _status, ...rest } = row!;
      return rest;
    };
    const newSkill = await rowOf(
      (
        await endorseOk(
          t,
          people[1]!,
          people[3]!.memberId,
          endorsementBody({ skills: ['copywriting'], example: { title: 'Tea tin labels' } }),
        )
      ).id,
    );
    expect(canAdd(model.index, [newSkill])).toBe(false);
    const newcomer = await member(t, c.id, { headline: 'Designer', skills: ['brand-design'] });
    const ofNewcomer = await rowOf(
      (await endorseOk(t, people[1]!, newcomer.memberId, body('Tea tin labels'))).id,
    );
    expect(canAdd(model.index, [ofNewcomer])).toBe(false);
  });
});
