import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

export const API_TITLE = 'Referral Exchange API';
export const API_VERSION = '0.1.0';

/**
 * OpenAPI 3.1 generated from the routes' zod schemas. The document is served at
 * /openapi.json (operation getOpenApi, in the ops module) and rendered at /docs from the
 * swagger-ui package's own files: no CDN.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: API_TITLE,
        version: API_VERSION,
        description:
          'Members of freelancer collectives pass work to each other, vouch for each other with worked examples, and ask who suits a brief. Errors are RFC 9457 problem+json.',
      },
      tags: [{ name: 'ops', description: 'Health, readiness and the contract itself' }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
}
