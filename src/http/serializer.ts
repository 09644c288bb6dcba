import fastJson from 'fast-json-stringify';
import { serializerCompiler as zodSerializerCompiler } from 'fastify-type-provider-zod';
import { z } from 'zod';

/**
 * Responses written by a serializer compiled from each response schema (fast-json-stringify,
 * what Fastify itself uses), instead of zod parsing every response object and JSON.stringify
 * walking it again: bench/README.md ("bench:api") has what that cost. The schema stays an
 * allow-list: only declared properties are written, so a field a service forgot to map never
 * leaves. What this gives up is zod checking each response against its schema at run time
 * (an enum value, a uuid pattern); TypeScript checks the mapping functions, and the contract
 * tests check every response against the OpenAPI document. A schema JSON Schema cannot express
 * (no body, a transform) keeps zod's serializer.
 */
export const serializerCompiler: typeof zodSerializerCompiler = (route) => {
  const zodSchema = 'properties' in route.schema ? route.schema.properties : route.schema;
  let jsonSchema;
  try {
    jsonSchema = z.toJSONSchema(zodSchema, { target: 'draft-7', io: 'output', unrepresentable: 'throw' });
  } catch {
    return zodSerializerCompiler(route);
  }
  return fastJson(jsonSchema as Parameters<typeof fastJson>[0]);
};
