// Every table of the service, re-exported from the modules that own them, so that drizzle-kit
// and the typed client see one schema.
export * from '../modules/accounts/accounts.table.js';
export * from '../modules/auth/auth.table.js';
export * from '../modules/collectives/collectives.table.js';
export * from '../modules/members/members.table.js';
export * from '../modules/invitations/invitations.table.js';
export * from '../modules/events/events.table.js';
export * from '../modules/idempotency/idempotency.table.js';
export * from '../modules/jobs/jobs.table.js';
export * from '../modules/referrals/referrals.table.js';
export * from '../modules/endorsements/endorsements.table.js';
export * from '../modules/webhooks/webhooks.table.js';
export * from '../modules/notifications/notifications.table.js';
