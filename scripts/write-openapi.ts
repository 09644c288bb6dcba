// `npm run openapi`: writes the published contract, openapi/openapi.json, and the generated
// half of the TypeScript client (clients/typescript/src/schema.d.ts and operations.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import {
  generateOperations,
  generateSchemaTypes,
  OPERATIONS_PATH,
  SCHEMA_TYPES_PATH,
} from '../clients/typescript/generate.js';
import { generateOpenApiDocument, OPENAPI_PATH } from './openapi-document.js';

const document = await generateOpenApiDocument();
await mkdir(new URL('.', OPENAPI_PATH), { recursive: true });
await writeFile(OPENAPI_PATH, `${JSON.stringify(document, null, 2)}\n`);
await writeFile(SCHEMA_TYPES_PATH, await generateSchemaTypes(document));
await writeFile(OPERATIONS_PATH, generateOperations(document as Parameters<typeof generateOperations>[0]));
for (const url of [OPENAPI_PATH, SCHEMA_TYPES_PATH, OPERATIONS_PATH])
  process.stdout.write(`wrote ${url.pathname}\n`);
