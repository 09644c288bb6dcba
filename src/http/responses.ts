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
