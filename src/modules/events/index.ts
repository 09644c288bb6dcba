import type { FastifyPluginAsync } from 'fastify';
import type { FastifyBaseLogger } from 'fastify';
import { poolOptionsOf, type Db } from '../../db/client.js';
import { createEventFeed } from './events.feed.js';
import { eventsRoutes } from './events.routes.js';
import { createEventsService } from './events.service.js';
import type { StreamSettings } from './events.stream.js';

export {
  NOTIFYING_TYPES,
  recordEvent,
  recordEvents,
  toEvent,
  toEventRow,
  type EventInput,
} from './events.service.js';
// For a create that appends its event in its own single statement (jobs).
export { appendingEvent, eventPlaceholders, notifiedCount, type NewEventRow } from './events.repository.js';
export { Event } from './events.schemas.js';

export const eventsModule: FastifyPluginAsync<{
  db: Db;
  stream: StreamSettings;
  logger: FastifyBaseLogger;
}> = async (app, { db, stream, logger }) => {
  const feed = createEventFeed({ connection: poolOptionsOf(db), logger });
  // After the streams have ended (preClose, events.routes.ts).
  app.addHook('onClose', () => feed.close());
  await app.register(eventsRoutes, { service: createEventsService(db), stream, feed });
};
