import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/schemas.js';
import { METRICS_CONTENT_TYPE } from '../../metrics.js';
import { Health, MetricsText, OpenApiDocument, Readiness } from './ops.schemas.js';
import type { OpsService } from './ops.service.js';

export const opsRoutes: FastifyPluginAsyncZod<{ service: OpsService }> = async (app, { service }) => {
  app.get(
    '/healthz',
    {
      schema: {
        operationId: 'getHealth',
        tags: ['ops'],
        summary: 'Liveness: the process is up',
        response: { 200: Health },
      },
    },
    () => ({ status: 'ok' as const }),
  );

  app.get(
    '/readyz',
    {
      schema: {
        operationId: 'getReadiness',
        tags: ['ops'],
        summary: 'Readiness: database reachable and migrations applied, with the event-loop delay',
        response: { 200: Readiness, ...problemResponses(503) },
      },
    },
    () => service.checkReadiness(),
  );

  app.get(
    '/openapi.json',
    {
      schema: {
        operationId: 'getOpenApi',
        tags: ['ops'],
        summary: 'This OpenAPI document',
        response: { 200: OpenApiDocument },
      },
    },
    () => app.swagger() as unknown as Record<string, unknown>,
  );

  app.get(
    '/metrics',
    {
      schema: {
        operationId: 'getMetrics',
        tags: ['ops'],
        summary: 'Prometheus metrics of this instance, for operators',
        description:
          'Request durations by route and status, event-loop delay, database pool, matching model builds and cache. Not rate limited. Needs the bearer token METRICS_TOKEN when the operator set one; without one it must be kept off the public network (README, "Metrics").',
        security: [{ metricsToken: [] }, {}],
        response: {
          200: {
            description: 'The Prometheus text exposition format',
            content: { [METRICS_CONTENT_TYPE]: { schema: MetricsText } },
          },
          ...problemResponses(401),
        },
      },
    },
    async (request, reply) => {
      const text = await service.renderMetrics(request.headers.authorization);
      return reply.type(METRICS_CONTENT_TYPE).send(text);
    },
  );
};
