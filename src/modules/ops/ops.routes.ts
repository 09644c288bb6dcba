import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { problemResponses } from '../../http/schemas.js';
import { Health, OpenApiDocument, Readiness } from './ops.schemas.js';
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
        summary: 'Readiness: database reachable and migrations applied',
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
};
