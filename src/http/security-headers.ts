import { IncomingMessage, type ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';

/**
 * The headers helmet sets, with these CSP directives, worked out once. @fastify/helmet called
 * `helmet(options)` for every request, which parses the CSP directives again each time: 4% of
 * the server's CPU under load (bench/README.md, "bench:api"). Helmet is run here once against
 * a response that only records what it is given, so the headers are exactly helmet's. That
 * holds because no directive depends on the request (a nonce would): they are plain strings.
 */
export function securityHeaders(directives: Record<string, readonly string[]>): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string | number | readonly string[]) {
      headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
    },
    removeHeader(name: string) {
      // Helmet removes X-Powered-By, which Fastify never sets.
      Reflect.deleteProperty(headers, name.toLowerCase());
    },
  };
  // Helmet throws what goes wrong (since 8.1) and calls next() with nothing.
  helmet({ contentSecurityPolicy: { directives } })(
    new IncomingMessage(new Socket()),
    recorder as unknown as ServerResponse,
    () => {},
  );
  return headers;
}
