import type { FastifyReply } from 'fastify';

/** Sends the outcome of an idempotent create, marking replays. */
export function sendCreateResult(
  reply: FastifyReply,
  result: { statusCode: number; body: unknown; headers: Record<string, string>; replayed: boolean },
): FastifyReply {
  reply.code(result.statusCode).headers(result.headers);
  if (result.replayed) reply.header('idempotent-replayed', 'true');
  return reply.send(result.body);
}

/**
 * Sends a response body that is JSON text already, as it is: Fastify skips the response
 * serializer for a string sent as JSON. The route's schema still documents it.
 */
export function sendJsonText(reply: FastifyReply, json: string): FastifyReply {
  return reply.type('application/json; charset=utf-8').send(json);
}
