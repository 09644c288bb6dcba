import type { Db } from '../../db/client.js';
import { NotFound } from '../../http/errors.js';
import { activeMembership, requireMember } from '../access/index.js';
import {
  activeMemberFlows,
  contributionForCaller,
  daysToFirstReferral,
  swapCounts,
} from './reciprocity.repository.js';
import { WINDOWS, type Contribution, type Reciprocity, type Window } from './reciprocity.schemas.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Gini coefficient of non-negative counts: 0 when everyone has the same, approaching 1 when
 * one has everything. Null when the total is zero (nothing to be unequal about).
 */
export function gini(values: readonly number[]): number | null {
  const n = values.length;
  const total = values.reduce((sum, v) => sum + v, 0);
  if (n === 0 || total === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  // G = (2 * sum_i i * x_(i)) / (n * total) - (n + 1) / n, with i = 1..n over ascending values.
  const weighted = sorted.reduce((sum, v, i) => sum + (i + 1) * v, 0);
  return (2 * weighted) / (n * total) - (n + 1) / n;
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const upper = sorted[Math.floor(sorted.length / 2)] ?? 0;
  const lower = sorted[Math.ceil(sorted.length / 2) - 1] ?? 0;
  return (lower + upper) / 2;
}

const round = (value: number, digits = 4) => Math.round(value * 10 ** digits) / 10 ** digits;

function windowStart(window: Window, now: Date): Date | null {
  const days = WINDOWS[window];
  return days === null ? null : new Date(now.getTime() - days * DAY_MS);
}

/**
 * Generalized reciprocity: what each member gives to and receives from the network as a
 * whole, and how healthy the flow is. Nothing here is ever computed per pair of members.
 */
export function createReciprocityService(db: Db, now: () => Date) {
  return {
    async contribution(
      accountId: string,
      collectiveId: string,
      memberId: string,
      window: Window,
    ): Promise<Contribution> {
      const found = await contributionForCaller(db, {
        collectiveId,
        accountId,
        memberId,
        since: windowStart(window, now()),
      });
      activeMembership(found?.caller, collectiveId, accountId);
      if (!found?.memberStatus) throw new NotFound('MEMBER_NOT_FOUND', 'No such member in this collective.');
      // An active caller's row always has both: counts are one row even when nothing matches.
      const { flows, endorsements } = found;
      return {
        memberId,
        window,
        given: flows.given,
        received: flows.received,
        distinctRecipients: flows.distinctRecipients,
        distinctGivers: flows.distinctGivers,
        accepted: flows.accepted,
        won: flows.won,
        givenAccepted: flows.givenAccepted,
        givenWon: flows.givenWon,
        endorsementsGiven: endorsements.given,
        endorsementsReceived: endorsements.received,
        lastGivenAt: flows.lastGivenAt?.toISOString() ?? null,
        lastReceivedAt: flows.lastReceivedAt?.toISOString() ?? null,
      };
    },

    async reciprocity(accountId: string, collectiveId: string, window: Window): Promise<Reciprocity> {
      await requireMember(db, collectiveId, accountId);
      const scope = { collectiveId, since: windowStart(window, now()) };
      const [flows, swaps, days] = await Promise.all([
        activeMemberFlows(db, scope),
        swapCounts(db, scope),
        daysToFirstReferral(db, scope),
      ]);
      const active = flows.length;
      const share = (count: number) => (active === 0 ? 0 : round(count / active));
      const giniReceived = gini(flows.map((f) => f.received));
      const medianDays = median(days);
      return {
        window,
        referrals: swaps.total,
        activeMembers: active,
        giverShare: share(flows.filter((f) => f.given > 0).length),
        receiverShare: share(flows.filter((f) => f.received > 0).length),
        giniReceived: giniReceived === null ? null : round(giniReceived),
        directSwapShare: swaps.total === 0 ? null : round(swaps.swaps / swaps.total),
        medianDaysToFirstReferral: medianDays === null ? null : round(medianDays, 1),
      };
    },
  };
}
export type ReciprocityService = ReturnType<typeof createReciprocityService>;
