import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { CollectiveParams, problemResponses } from '../../http/schemas.js';
import { text } from '../../http/text.js';
import { EventPage, ListEventsQuery } from './events.schemas.js';
import type { EventFeed } from './events.feed.js';
import type { EventsService } from './events.service.js';
import { serveStream, type OpenStreams, type StreamSettings } from './events.stream.js';

const StreamHeaders = z.object({
  'last-event-id': text({ max: 19, min: 1 })
    .regex(/^[1-9]\d*$/, 'must be the id of an event you received')
    .transform(Number)
    .optional()
    .describe('The `id` of the last event you received: the stream resumes right after it'),
});

export const eventsRoutes: FastifyPluginAsyncZod<{
  service: EventsService;
  stream: StreamSettings;
  feed: EventFeed;
}> = async (app, { service, stream, feed }) => {
  app.get(
    '/v1/collectives/:collectiveId/events',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'listEvents',
        tags: ['events'],
        summary: 'The collective’s event log (admins: all; members: about themselves and public ones)',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListEventsQuery,
        response: { 200: EventPage, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );

  const open: OpenStreams = new Set();
  // Streams never end by themselves: shutdown ends them, or it would wait out its grace period.
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get(
    '/v1/collectives/:collectiveId/events/stream',
    {
      onRequest: app.authenticate,
      schema: {
        operationId: 'streamEvents',
        tags: ['events'],
        summary:
          'The events you may see, live, as Server-Sent Events (resume with Last-Event-ID; ends when the token expires)',
        security: bearerSecurity,
        params: CollectiveParams,
        headers: StreamHeaders,
        response: {
          200: {
            description:
              'A text/event-stream: `id:` the event’s seq, `event:` its type, `data:` the Event as JSON; comment lines as heartbeats; a final `expired` event when the access token expires',
            content: { 'text/event-stream': { schema: z.string() } },
          },
          ...problemResponses(400, 401, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const caller = callerOf(request);
      const { collectiveId } = request.params;
      const start = await service.streamStart(
        caller.accountId,
        collectiveId,
        request.headers['last-event-id'],
      );
      serveStream(request, reply, { service, caller, collectiveId, start, settings: stream, open, feed });
    },
  );
};
