/**
 * Requests' synchronous scoring, one per turn of the event loop. Concurrent match requests
 * whose reads complete in the same poll phase would otherwise score back to back in one turn
 * (ten requests on a 10,000-member model hold the loop for tens of milliseconds), and every
 * other request, timer and socket of the instance waits behind all of them. Taking turns keeps
 * the order of arrival and lets the loop serve I/O between two scorings.
 */
export function createTurnQueue(): () => Promise<void> {
  const waiting: (() => void)[] = [];
  const next = () => {
    const resolve = waiting.shift();
    // An immediate queued while the check phase runs waits for the loop's next turn.
    if (waiting.length > 0) setImmediate(next);
    resolve?.();
  };
  return () =>
    new Promise<void>((resolve) => {
      waiting.push(resolve);
      if (waiting.length === 1) setImmediate(next);
    });
}
