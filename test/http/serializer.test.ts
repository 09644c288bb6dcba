import Fastify from 'fastify';
import { validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { serializerCompiler } from '../../src/http/serializer.js';

/** The compiled response serializer: the same bytes as zod's, and still an allow-list. */
const Thing = z
  .object({
    id: z.uuid(),
    name: z.string(),
    note: z.string().nullable(),
    tags: z.array(z.string()),
    at: z.iso.datetime(),
    nested: z.object({ status: z.enum(['a', 'b']), until: z.string().nullable() }),
    optional: z.string().optional(),
  })
  .meta({ id: 'SerializerTestThing' });

const thing = {
  id: '5a4c4a1e-7b7f-4a3c-9e0e-6a2b5c7d8e9f',
  name: 'Ada "the" Brandt \u2028 ✓',
  note: null,
  tags: ['x', 'y'],
  at: '2026-12-01T10:00:00.000Z',
  nested: { status: 'a' as const, until: null },
};

const app = Fastify().withTypeProvider<ZodTypeProvider>();
beforeAll(async () => {
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // What a service that forgot to map a row would return: columns the schema does not name.
  app.get('/leaky', { schema: { response: { 200: Thing } } }, () => ({
    ...thing,
    passwordHash: 'secret',
    nested: { ...thing.nested, internal: 'secret' },
  }));
  app.get('/page', { schema: { response: { 200: z.object({ items: z.array(Thing) }) } } }, () => ({
    items: [thing, { ...thing, note: 'n', optional: 'o' }],
  }));
  app.get('/nothing', { schema: { response: { 204: z.undefined() } } }, (_request, reply) =>
    reply.code(204).send(),
  );
  await app.ready();
});
afterAll(() => app.close());

describe('the compiled response serializer', () => {
  it('writes only the properties the schema declares, at every depth', async () => {
    const response = await app.inject({ method: 'GET', url: '/leaky' });
    expect(response.statusCode).toBe(200);
    expect(response.body).not.toContain('secret');
    expect(response.json()).toEqual(thing);
  });

  it("writes the same bytes as zod's serializer", async () => {
    const response = await app.inject({ method: 'GET', url: '/page' });
    const items = [thing, { ...thing, note: 'n', optional: 'o' }];
    expect(response.body).toBe(JSON.stringify(z.encode(z.object({ items: z.array(Thing) }), { items })));
  });

  it('falls back to zod for a schema JSON Schema cannot express (no body)', async () => {
    const response = await app.inject({ method: 'GET', url: '/nothing' });
    expect(response.statusCode).toBe(204);
    expect(response.body).toBe('');
  });
});
