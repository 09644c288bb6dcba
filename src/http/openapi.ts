import fastifySwagger, { type FastifyDynamicSwaggerOptions } from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { FastifyInstance } from 'fastify';
import { jsonSchemaTransform, jsonSchemaTransformObject } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problemResponses } from './schemas.js';

/** The document's `webhooks` (OpenAPI 3.1): the messages the service sends, not routes it serves. */
type WebhooksSection = NonNullable<
  Extract<NonNullable<FastifyDynamicSwaggerOptions['openapi']>, { webhooks?: unknown }>['webhooks']
>;

type ResponseDeclarations = Record<string, { headers?: unknown } | undefined>;

interface RouteSchema {
  body?: unknown;
  response?: ResponseDeclarations;
}

/**
 * Statuses that the framework and the shared plugins answer on a route whatever its handler
 * does, so that no route has to remember them: a body can be too large (413) or not JSON (415),
 * a path segment longer than any id is a 414, and every /v1 route is rate limited (429) and
 * needs the database (503). A route's own declaration of one of these wins.
 */
function sharedProblems(url: string, schema: RouteSchema) {
  const statuses: number[] = [];
  if (schema.body !== undefined) statuses.push(400, 413, 415);
  if (url.includes(':')) statuses.push(400, 414);
  if (url.startsWith('/v1/')) statuses.push(429, 503);
  return problemResponses(...statuses);
}

/**
 * The zod transform rebuilds a response declared by content type (`withEtag` in schemas.ts)
 * from its description and content only, dropping the response headers it declares: they are
 * put back, so the document tells clients which responses carry an ETag, a Location or
 * Retry-After.
 */
const transform: typeof jsonSchemaTransform = (input) => {
  // Routes without a schema (swagger-ui's own files) have none at run time, whatever the type says.
  const schema = input.schema as RouteSchema | undefined;
  const declared: ResponseDeclarations | undefined = schema && {
    ...sharedProblems(input.url, schema),
    ...schema.response,
  };
  const document = schema ? { ...input, schema: { ...schema, response: declared } } : input;
  const transformed = jsonSchemaTransform(document);
  const responses = (transformed.schema as { response?: ResponseDeclarations } | undefined)?.response;
  for (const [status, response] of Object.entries(declared ?? {})) {
    const target = responses?.[status];
    if (response?.headers !== undefined && target !== undefined) target.headers = response.headers;
  }
  return transformed;
};

interface MediaObject {
  schema?: { $ref?: string; anyOf?: { type?: unknown }[] };
  example?: unknown;
}

interface OpenApiObject {
  paths?: Record<
    string,
    Record<string, { requestBody?: { required?: boolean; content?: Record<string, MediaObject> } }>
  >;
  components?: { schemas?: Record<string, { examples?: unknown[]; anyOf?: { type?: unknown }[] }> };
}

/**
 * The examples registered with a schema's id. zod writes them into the JSON schema, except into
 * the input form of a schema that transforms (`CreateJobInput` of `CreateJob`, whose skills are
 * normalised): there they are read from zod's registry, by the id the component is named after.
 */
function registeredExamples(component: string): unknown[] | undefined {
  const schema = z.globalRegistry._idmap.get(component.replace(/Input$/, ''));
  return schema === undefined ? undefined : (z.globalRegistry.get(schema)?.examples as unknown[] | undefined);
}

/**
 * Two fixes to the request bodies of the generated document:
 * - @fastify/swagger marks every request body required, since Fastify needs one whenever a body
 *   schema is declared; but a body schema that accepts null (`EmptyBody` of the actions) is
 *   answered without a body as well. Such bodies are marked optional, so that a generated
 *   client need not send one.
 * - The `examples` of a body schema (zod metadata) stay in its component, where Swagger UI does
 *   not look for them: the first becomes the body's `example`, which /docs shows and fills in.
 */
const transformObject: typeof jsonSchemaTransformObject = (input) => {
  const document = jsonSchemaTransformObject(input) as OpenApiObject;
  const components = document.components?.schemas ?? {};
  for (const operations of Object.values(document.paths ?? {})) {
    for (const { requestBody } of Object.values(operations)) {
      const media = requestBody?.content?.['application/json'];
      if (!requestBody || !media?.schema) continue;
      const component = media.schema.$ref?.replace('#/components/schemas/', '');
      // The schema itself, or the component it refers to (`DeleteMe`, a named nullable body).
      const variants =
        media.schema.anyOf ?? (component === undefined ? undefined : components[component]?.anyOf);
      if (variants?.some((variant) => variant.type === 'null')) requestBody.required = false;
      const example =
        component === undefined
          ? undefined
          : (components[component]?.examples ?? registeredExamples(component))?.[0];
      if (example !== undefined && media.example === undefined) media.example = example;
    }
  }
  return document;
};

const GETTING_STARTED = `Members of freelancer collectives pass work to each other, vouch for each other with worked examples, and ask who suits a brief. Errors are RFC 9457 problem+json.

## Getting started

1. **Sign up and sign in.** \`POST /v1/accounts\` with \`{ email, password, name }\`, then \`POST /v1/auth/token\` with \`{ email, password }\`. Send the \`accessToken\` as \`Authorization: Bearer …\`; it lasts 15 minutes, and \`POST /v1/auth/refresh\` with the \`refreshToken\` gives new ones.
2. **Start a collective.** \`POST /v1/collectives\` makes you its owner; \`POST /v1/collectives/{collectiveId}/invitations\` returns a token that a colleague redeems with \`POST /v1/invitations/accept\`.
3. **Pass work on.** Post a job, read the fit notes, refer it to a member, who accepts and records how it went; the thanks go back to you.
4. **Vouch and find.** Endorse with a worked example; \`POST /v1/collectives/{collectiveId}/matches\` ranks who suits a brief and says why.

Conventions: lists are cursor pages (\`limit\`, \`cursor\`, \`nextCursor\`); creates take an \`Idempotency-Key\`; updates take \`If-Match\` with the \`ETag\` you read (412 when stale); 429 and 503 carry \`Retry-After\`. A typed TypeScript client generated from this document is in \`clients/typescript\`, and \`npm run seed:demo\` fills a demo collective to try it on.`;

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
        description: GETTING_STARTED,
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
          bearerAuth: {
            type: 'http',
            scheme: 'bearer',
            bearerFormat: 'JWT',
            description:
              'Access tokens are RS256 JWTs that follow RFC8725 (JWT Best Current Practices): the algorithm is pinned, and iss, aud, exp and sub are required and checked. Public keys at /.well-known/jwks.json.',
          },
          metricsToken: {
            type: 'http',
            scheme: 'bearer',
            description: 'The METRICS_TOKEN the operator configured, for GET /metrics only',
          },
        },
      },
    },
    transform,
    transformObject,
  });
  await app.register(fastifySwaggerUi, {
    routePrefix: '/docs',
    staticCSP: true,
    uiConfig: { deepLinking: true },
  });
}
