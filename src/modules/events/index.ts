import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { eventsRoutes } from './events.routes.js';
import { createEventsService } from './events.service.js';
import type { StreamSettings } from './events.stream.js';

export { recordEvent, recordEvents, toEvent, type EventInput } from './events.service.js';
export { Event } from './events.schemas.js';

export const eventsModule: FastifyPluginAsync<{ db: Db; stream: StreamSettings }> = async (
  app,
  { db, stream },
) => {
  await app.register(eventsRoutes, { service: createEventsService(db), stream });
};
