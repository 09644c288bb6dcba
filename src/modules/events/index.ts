import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { eventsRoutes } from './events.routes.js';
import { createEventsService } from './events.service.js';

export { recordEvent, recordEvents, type EventInput } from './events.service.js';
// What the privacy module's export shows: events as the API shows them.
export { toEvent } from './events.service.js';
export { Event } from './events.schemas.js';

export const eventsModule: FastifyPluginAsync<{ db: Db }> = async (app, { db }) => {
  await app.register(eventsRoutes, { service: createEventsService(db) });
};
