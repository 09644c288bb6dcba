import { describe, expect, it } from 'vitest';
import { createTurnQueue } from '../../../src/modules/matching/matching.turns.js';

/** Busy for `ms`, as a request's synchronous scoring is. */
function work(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until);
}

describe('scoring turns (matching.turns.ts)', () => {
  it('lets the event loop run a due timer between two callers, and keeps their order', async () => {
    const turn = createTurnQueue();
    const events: string[] = [];
    await Promise.all(
      [0, 1, 2].map(async (i) => {
        await turn();
        events.push(`score ${i}`);
        // Due before the next caller's turn: the loop's timers phase comes first.
        setTimeout(() => events.push(`timer ${i}`), 0);
        work(3);
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(events).toEqual(['score 0', 'timer 0', 'score 1', 'timer 1', 'score 2', 'timer 2']);
  });

  it('serves callers that come while others wait, and a caller that throws stops no one', async () => {
    const turn = createTurnQueue();
    const done: number[] = [];
    const first = (async () => {
      await turn();
      throw new Error('scoring failed');
    })();
    const later = [1, 2].map(async (i) => {
      await turn();
      done.push(i);
    });
    await expect(first).rejects.toThrow('scoring failed');
    await Promise.all(later);
    await turn();
    done.push(3);
    expect(done).toEqual([1, 2, 3]);
  });
});
