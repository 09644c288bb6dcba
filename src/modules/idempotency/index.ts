// Idempotent creates, shared by every module whose create accepts an Idempotency-Key. No routes.
export { createInOneStatement, runCreate, type CreateResult } from './idempotency.service.js';
export { storingKey } from './idempotency.repository.js';
