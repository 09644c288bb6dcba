// `npm run openapi`: writes the published contract, openapi/openapi.json.
import { mkdir, writeFile } from 'node:fs/promises';
import { generateOpenApiDocument, OPENAPI_PATH } from './openapi-document.js';

const document = await generateOpenApiDocument();
await mkdir(new URL('.', OPENAPI_PATH), { recursive: true });
await writeFile(OPENAPI_PATH, `${JSON.stringify(document, null, 2)}\n`);
process.stdout.write(`wrote ${OPENAPI_PATH.pathname}\n`);
