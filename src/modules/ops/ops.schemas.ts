import { z } from 'zod';

export const Health = z.object({ status: z.literal('ok') }).meta({ id: 'Health' });
export type Health = z.infer<typeof Health>;

export const EventLoopHealth = z
  .object({
    delayP99Ms: z.number().describe('99th percentile of the event-loop delay (an upper bound)'),
    delayMaxMs: z.number(),
    windowSeconds: z.number().describe('How far back the figures reach: 10 to 20 seconds'),
  })
  .describe('How long the event loop kept callbacks waiting beyond its 10 ms sampling interval')
  .meta({ id: 'EventLoopHealth' });
export type EventLoopHealth = z.infer<typeof EventLoopHealth>;

export const Readiness = z
  .object({
    status: z.literal('ready'),
    checks: z.object({ database: z.literal('ok'), migrations: z.literal('ok') }),
    eventLoop: EventLoopHealth,
  })
  .meta({ id: 'Readiness' });
export type Readiness = z.infer<typeof Readiness>;

export const OpenApiDocument = z
  .record(z.string(), z.unknown())
  .describe('The OpenAPI 3.1 document of this API');

export const MetricsText = z.string().describe('Prometheus text exposition format 0.0.4');
