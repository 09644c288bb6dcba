import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  generateOperations,
  generateSchemaTypes,
  OPERATIONS_PATH,
  SCHEMA_TYPES_PATH,
} from '../../clients/typescript/generate.js';
import { OPENAPI_PATH } from '../../scripts/openapi-document.js';

// The committed contract equals what the code produces (test/modules/ops); here, the client's
// generated half equals what the committed contract produces. Run `npm run openapi` when not.
describe('the generated TypeScript client', () => {
  it('is up to date with openapi/openapi.json', async () => {
    const document = JSON.parse(await readFile(OPENAPI_PATH, 'utf8')) as Parameters<
      typeof generateOperations
    >[0];
    expect(await readFile(SCHEMA_TYPES_PATH, 'utf8'), 'run npm run openapi').toBe(
      await generateSchemaTypes(document as unknown as Record<string, unknown>),
    );
    expect(await readFile(OPERATIONS_PATH, 'utf8'), 'run npm run openapi').toBe(generateOperations(document));
  });
});
