import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from '../../db/client.js';
import { waitAtMost } from '../../wait.js';
import { toEvent } from '../events/index.js';
import {
  dueDeliveries,
  leaseWebhooks,
  recordHealth,
  releaseLease,
  saveAttempt,
  type DeliveryRow,
  type EventRow,
  type WebhookRow,
} from './webhooks.repository.js';
import type { WebhookPayload } from './webhooks.schemas.js';
import { signedHeaders, type SecretBox } from './webhooks.secrets.js';
import { createSender, type DeliveryResult, type UrlPolicy } from './webhooks.urls.js';

/**
 * Seconds to wait after each failed attempt: about 10 s, then growing gaps, about 27 hours in
 * all (nine attempts); after the last the delivery is marked failed. Each wait is jittered by
 * up to 20% either way, so that endpoints that failed together are not retried together.
 */
export const RETRY_DELAYS_SECONDS = [10, 60, 300, 1_800, 7_200, 18_000, 36_000, 36_000] as const;
/** An endpoint every delivery of which failed for this long is paused when another gives up. */
export const PAUSE_AFTER_MS = 5 * 24 * 3_600_000;
/** Longest payload sent; an event larger than this (none is) fails without being sent. */
export const MAX_PAYLOAD_BYTES = 64 * 1024;
const KEPT_ATTEMPTS = 20;
const LEASE_MS = 60_000;
/** An attempt takes at most 10 s; none starts unless it can finish within the lease. */
const ATTEMPT_BUDGET_MS = 12_000;
const ENDPOINTS_PER_RUN = 8;
/**
 * How long stop() waits for the round in flight. An attempt it leaves unfinished is sent again
 * once its lease ends (receivers deduplicate by webhook-id); waiting longer could hold a
 * shutdown past its grace, e.g. a round stuck on a database that is gone.
 */
const STOP_WAIT_MS = 3_000;
const MESSAGES_PER_ENDPOINT = 100;

export interface DeliveryWorkerDeps {
  db: Db;
  now: () => Date;
  box: SecretBox;
  policy: UrlPolicy;
  logger: FastifyBaseLogger;
  pollMs: number;
  random?: () => number;
}

export interface DeliveryWorker {
  /** One round: lease endpoints with due messages and send them. Returns the attempts made. */
  runOnce(): Promise<number>;
  start(): void;
  /** Stops polling and waits for the round in flight (at most STOP_WAIT_MS), so shutdown rarely leaves one half-sent. */
  stop(): Promise<void>;
}

function nextAttemptAt(now: Date, attemptCount: number, random: () => number): Date | null {
  const delay = RETRY_DELAYS_SECONDS[attemptCount - 1];
  if (delay === undefined) return null;
  return new Date(now.getTime() + delay * 1000 * (0.8 + 0.4 * random()));
}

export function createDeliveryWorker(deps: DeliveryWorkerDeps): DeliveryWorker {
  const { db, now } = deps;
  const random = deps.random ?? Math.random;
  const owner = randomUUID();
  const sender = createSender(deps.policy);
  // While stopping, a round finishes the attempt in flight and starts no other.
  let stopping = false;
  let stopped = true;
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<unknown> = Promise.resolve();

  function payloadOf(event: EventRow): string {
    const payload: WebhookPayload = {
      type: event.type,
      timestamp: event.createdAt.toISOString(),
      data: toEvent(event),
    };
    return JSON.stringify(payload);
  }

  function secretsOf(webhook: WebhookRow, at: Date): string[] {
    const secrets = [deps.box.open(webhook.secretSealed)];
    if (
      webhook.previousSecretSealed &&
      webhook.previousSecretExpiresAt &&
      webhook.previousSecretExpiresAt > at
    ) {
      secrets.push(deps.box.open(webhook.previousSecretSealed));
    }
    return secrets;
  }

  /**
   * One attempt. Its record is written without holding up the next message (a commit costs
   * about as much as a local delivery here); `serve` waits for every record before it lets go of
   * the endpoint. The next attempt is scheduled, or the delivery marked failed after the last.
   */
  async function attempt(
    webhook: WebhookRow,
    delivery: DeliveryRow,
    event: EventRow,
    records: Promise<void>[],
  ): Promise<{ result: DeliveryResult; gaveUp: boolean; at: Date }> {
    const at = now();
    const body = payloadOf(event);
    const result: DeliveryResult =
      Buffer.byteLength(body) > MAX_PAYLOAD_BYTES
        ? { statusCode: null, durationMs: 0, error: `payload over ${MAX_PAYLOAD_BYTES} bytes` }
        : await sender.post(
            webhook.url,
            signedHeaders(secretsOf(webhook, at), {
              id: delivery.id,
              timestamp: Math.floor(at.getTime() / 1000),
              body,
            }),
            body,
          );
    const attemptCount = delivery.attemptCount + 1;
    const attempts = [
      ...delivery.attempts,
      {
        at: at.toISOString(),
        statusCode: result.statusCode,
        durationMs: result.durationMs,
        error: result.error,
      },
    ].slice(-KEPT_ATTEMPTS);
    const retryAt = result.error === null ? null : nextAttemptAt(at, attemptCount, random);
    const gaveUp = result.error !== null && retryAt === null;
    records.push(
      saveAttempt(db, {
        collectiveId: delivery.collectiveId,
        deliveryId: delivery.id,
        set: {
          attemptCount,
          attempts,
          ...(result.error === null
            ? { status: 'succeeded', completedAt: at }
            : gaveUp
              ? { status: 'failed', completedAt: at }
              : { nextAttemptAt: retryAt ?? at }),
        },
      }),
    );
    return { result, gaveUp, at };
  }

  /** The endpoint's health after a turn: once for its successes, once for the failure ending it. */
  async function recordTurn(
    webhook: WebhookRow,
    succeededAt: Date | undefined,
    failure: { error: string; gaveUp: boolean; at: Date } | undefined,
  ): Promise<void> {
    const ids = { collectiveId: webhook.collectiveId, webhookId: webhook.id };
    if (succeededAt) await recordHealth(db, { ...ids, now: succeededAt, error: null });
    if (!failure) return;
    // A success in this turn ended the streak: the failure starts a new one.
    const since = succeededAt ? failure.at : (webhook.failingSince ?? failure.at);
    const pause = failure.gaveUp && failure.at.getTime() - since.getTime() >= PAUSE_AFTER_MS;
    await recordHealth(db, {
      ...ids,
      now: failure.at,
      error: failure.error,
      pauseReason: pause
        ? `Paused by the service at ${failure.at.toISOString()}: every delivery failed since ${since.toISOString()} (last error: ${failure.error}). Fix the endpoint, then set status to active.`
        : undefined,
    });
  }

  /**
   * Sends a leased endpoint's due messages one after another: its redeliveries, then its queue
   * in event order. The first failure ends the turn; when it was the head of the queue, nothing
   * behind it is sent until it succeeds or is given up, so a receiver gets the endpoint's
   * messages in event order (and a dead endpoint costs one attempt a round, not a hundred
   * timeouts).
   */
  async function serve(webhook: WebhookRow, leaseUntil: Date): Promise<number> {
    let attempts = 0;
    const records: Promise<void>[] = [];
    let succeededAt: Date | undefined;
    let failure: { error: string; gaveUp: boolean; at: Date } | undefined;
    let crashed: { reason: unknown } | undefined;
    try {
      const due = await dueDeliveries(db, {
        collectiveId: webhook.collectiveId,
        webhookId: webhook.id,
        now: now(),
        limit: MESSAGES_PER_ENDPOINT,
      });
      for (const { delivery, event } of due) {
        if (stopping || now().getTime() + ATTEMPT_BUDGET_MS > leaseUntil.getTime()) break;
        const { result, gaveUp, at } = await attempt(webhook, delivery, event, records);
        attempts += 1;
        if (result.error !== null) {
          failure = { error: result.error, gaveUp, at };
          break;
        }
        succeededAt = at;
      }
    } catch (err) {
      crashed = { reason: err };
    }
    // Every record is written before the endpoint is let go, so no other worker resends it.
    const written = await Promise.allSettled(records);
    await recordTurn(webhook, succeededAt, failure);
    await releaseLease(db, { collectiveId: webhook.collectiveId, webhookId: webhook.id, owner });
    if (crashed) throw crashed.reason;
    for (const record of written) if (record.status === 'rejected') throw record.reason;
    return attempts;
  }

  async function runOnce(): Promise<number> {
    const at = now();
    const leaseUntil = new Date(at.getTime() + LEASE_MS);
    const leased = await leaseWebhooks(db, { now: at, leaseUntil, owner, limit: ENDPOINTS_PER_RUN });
    const counts = await Promise.all(leased.map((webhook) => serve(webhook, leaseUntil)));
    return counts.reduce((a, b) => a + b, 0);
  }

  function schedule(delayMs: number): void {
    if (stopped) return;
    timer = setTimeout(() => {
      round = runOnce()
        .then((attempts) => {
          schedule(attempts > 0 ? 0 : deps.pollMs);
        })
        .catch((err: unknown) => {
          deps.logger.warn({ err: { message: (err as Error).message } }, 'webhook delivery round failed');
          schedule(deps.pollMs);
        });
    }, delayMs);
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      stopping = false;
      schedule(0);
    },
    async stop() {
      stopped = true;
      stopping = true;
      clearTimeout(timer);
      await waitAtMost(round, STOP_WAIT_MS);
      sender.close();
    },
  };
}
