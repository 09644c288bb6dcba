// Idempotent creates, shared by every module whose create accepts an Idempotency-Key. No routes.
export { runCreate, type CreateResult } from './idempotency.service.js';
