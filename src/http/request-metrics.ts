import type { FastifyInstance } from 'fastify';
import type { Metrics } from '../metrics.js';

/** The route label of a request no route matched (a 404): one series, whatever the URL was. */
export const UNMATCHED_ROUTE = '(unmatched)';

/**
 * Times every response into rx_http_request_duration_seconds, labelled by the route pattern
 * (`/v1/collectives/:collectiveId/members`), never the URL, so ids never become labels and the
 * series stay as few as the routes. A callback hook with no allocation of its own: it runs on
 * every request (README, "Metrics", has the measured cost).
 */
export function registerRequestMetrics(app: FastifyInstance, metrics: Pick<Metrics, 'observeRequest'>): void {
  app.addHook('onResponse', (request, reply, done) => {
    metrics.observeRequest(
      request.method,
      request.routeOptions.url ?? UNMATCHED_ROUTE,
      reply.statusCode,
      reply.elapsedTime / 1000,
    );
    done();
  });
}
