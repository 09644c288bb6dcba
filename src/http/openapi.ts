import fastifySwagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';

/** The document's `webhooks` (OpenAPI 3.1): the messages the service sends, not routes it serves. */
type WebhooksSection = NonNullable<
  Extract<NonNullable<FastifyDynamicSwaggerOptions['openapi']>, { webhooks?: unknown }>['webhooks']
>;

type ResponseDeclarations = Record<string, { headers?: unknown } | undefined>;

/**
 * The zod transform rebuilds a response declared by content type (`withEtag` in schemas.ts)
 * from its description and content only, dropping the response headers it declares: they are
 * put back, so the document tells clients which responses carry an ETag.
 */
const transform: typeof jsonSchemaTransform = (document) => {
  const transformed = jsonSchemaTransform(document);
  // Routes without a schema (swagger-ui's own files) have none at run time, whatever the type says.
  const declared = (document.schema as { response?: ResponseDeclarations } | undefined)?.response;
  const responses = (transformed.schema as { response?: ResponseDeclarations }).response;
  for (const [status, response] of Object.entries(declared ?? {})) {
    const target = responses?.[status];
    if (response?.headers !== undefined && target !== undefined) target.headers = response.headers;
  }
  return transformed;
};

export const API_TITLE = 'Referral Exchange API';
export const API_VERSION = '0.1.0';

/**
 * OpenAPI 3.1 generated from the routes' zod schemas. The document is served at
 * /openapi.json (operation getOpenApi, in the ops module) and rendered at /docs from the
 * swagger-ui package's own files: no CDN.
 */
export async function registerOpenApi(
  app: FastifyInstance,
  extra: { webhooks: WebhooksSection },
): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: API_TITLE,
        version: API_VERSION,
        description:
          'Members of freelancer collectives pass work to each other, vouch for each other with worked examples, and ask who suits a brief. Errors are RFC 9457 problem+json.',
      },
      tags: [
        { name: 'ops', description: 'Health, readiness, metrics and the contract itself' },
        { name: 'accounts', description: 'Sign up and manage your own account' },
        { name: 'auth', description: 'Access and refresh tokens, and the public keys that verify them' },
        { name: 'collectives', description: 'The closed groups everything else lives in' },
        { name: 'members', description: 'Memberships, roles and profiles' },
        { name: 'invitations', description: 'Bringing people in: who introduced whom' },
        { name: 'jobs', description: 'Work passed into the collective, and fit notes on it' },
        { name: 'referrals', description: 'Handing a job to one member, and how it went' },
        {
          name: 'reciprocity',
          description: 'Give and take with the network as a whole, never between two people',
        },
        {
          name: 'endorsements',
          description: 'Vouching with worked examples, and portable signed credentials',
        },
        { name: 'matching', description: 'Who suits a brief: ranked and explained' },
        {
          name: 'events',
          description: 'The append-only log of changes in a collective, and its live stream',
        },
        { name: 'privacy', description: 'Your data: take it with you (export), or erase your account' },
        { name: 'notifications', description: 'Your inbox: what happened that concerns you' },
        { name: 'webhooks', description: 'Signed messages to your own apps and bots when something happens' },
      ],
      webhooks: extra.webhooks,
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' },
          metricsToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The METRICS_TOKEN the operator configured, for GET /metrics only',
          },
        },
      },
    },
    transform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
}
