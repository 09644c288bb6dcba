import { lookup } from 'node:dns/promises';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, type LookupFunction } from 'node:net';

/**
 * Where a webhook may point, checked when it is created or changed and again at every delivery
 * (DNS can change in between): `https` only, and every address the host resolves to must be
 * public. Loopback, private, link-local (with the cloud metadata address 169.254.169.254),
 * carrier-grade NAT, multicast, documentation and reserved ranges are refused, in IPv4 and IPv6,
 * and so are NAT64 and 6to4 forms that could smuggle one of them (an IPv4-mapped IPv6 address
 * meets the IPv4 rules: net.BlockList applies them to `::ffff:a.b.c.d`). The connection then goes
 * to the address that was checked, so a second, different DNS answer cannot slip in.
 * WEBHOOKS_ALLOW_PRIVATE_URLS (development and tests only) allows `http` and any address.
 */
const BLOCKED = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['64:ff9b::', 96],
  ['64:ff9b:1::', 48],
  ['100::', 64],
  ['2001:db8::', 32],
  ['2002::', 16],
  ['fc00::', 7],
  ['fe80::', 10],
  ['fec0::', 10],
  ['ff00::', 8],
] as const) {
  BLOCKED.addSubnet(network, prefix, 'ipv6');
}

export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return false;
  return !BLOCKED.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/** Resolves a host name to its addresses; tests inject one that answers what they need. */
export type HostResolver = (host: string) => Promise<string[]>;

export const systemResolver: HostResolver = async (host) =>
  (await lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

export interface UrlPolicy {
  allowPrivate: boolean;
  resolve: HostResolver;
}

/** Why a URL may not be a webhook's, or undefined when it may. */
export async function urlRefusal(url: string, policy: UrlPolicy): Promise<string | undefined> {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && !(policy.allowPrivate && parsed.protocol === 'http:')) {
    return 'must be an https URL';
  }
  if (parsed.username !== '' || parsed.password !== '') return 'must not carry a user name or password';
  const addresses = await addressesOf(parsed, policy.resolve);
  if (addresses === undefined) return `host ${parsed.hostname} does not resolve`;
  if (policy.allowPrivate) return undefined;
  const refused = addresses.find((address) => !isPublicAddress(address));
  return refused === undefined
    ? undefined
    : `must resolve to public addresses only; ${parsed.hostname} resolves to ${refused}`;
}

/** The host's addresses: the literal itself for an IP, else its DNS answer (undefined: none). */
async function addressesOf(url: URL, resolve: HostResolver): Promise<string[] | undefined> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  if (isIP(host) !== 0) return [host];
  try {
    const addresses = await resolve(host);
    return addresses.length > 0 ? addresses : undefined;
  } catch {
    return undefined;
  }
}

export interface DeliveryResult {
  statusCode: number | null;
  durationMs: number;
  /** Why the attempt failed; null on a 2xx. */
  error: string | null;
}

const TIMEOUT_MS = 10_000;
/** What is read of a receiver's answer before the connection is dropped: nobody needs more. */
const MAX_RESPONSE_BYTES = 64 * 1024;

/** Sends messages to webhook URLs, over kept-alive connections to checked addresses only. */
export interface Sender {
  post(url: string, headers: Record<string, string>, body: string): Promise<DeliveryResult>;
  close(): void;
}

/**
 * A 2xx within 10 s is success; anything else, a redirect included (never followed), is a
 * failure with its reason. Every message checks its URL again first (DNS may have changed), and
 * a new connection goes only to an address that passed the check: the agents resolve through
 * the same policy. Connections are kept alive between messages to the same endpoint.
 */
export function createSender(policy: UrlPolicy): Sender {
  const checkedLookup: LookupFunction = (hostname, options, callback) => {
    policy
      .resolve(hostname)
      .then((addresses) => {
        const allowed = addresses.filter((a) => policy.allowPrivate || isPublicAddress(a));
        const entries = allowed.map((address) => ({ address, family: isIP(address) }));
        const [first] = entries;
        if (first === undefined) throw new Error(`${hostname} resolves to no public address`);
        if (options.all) callback(null, entries);
        else callback(null, first.address, first.family);
      })
      .catch((err: unknown) => {
        callback(err as NodeJS.ErrnoException, '', 0);
      });
  };
  const agentOptions = { keepAlive: true, maxSockets: 4, lookup: checkedLookup };
  const agents = { 'http:': new http.Agent(agentOptions), 'https:': new https.Agent(agentOptions) };

  async function post(url: string, headers: Record<string, string>, body: string): Promise<DeliveryResult> {
    const started = performance.now();
    const elapsed = () => Math.round(performance.now() - started);
    const refusal = await urlRefusal(url, policy);
    if (refusal !== undefined) {
      return { statusCode: null, durationMs: elapsed(), error: `refused: URL ${refusal}` };
    }
    const target = new URL(url);
    const client = target.protocol === 'https:' ? https : http;
    return new Promise<DeliveryResult>((resolve) => {
      const request = client.request(
        target,
        {
          method: 'POST',
          agent: target.protocol === 'https:' ? agents['https:'] : agents['http:'],
          headers: {
            ...headers,
            'content-type': 'application/json',
            'content-length': String(Buffer.byteLength(body)),
            'user-agent': 'referral-exchange-webhooks/1',
          },
        },
        (response) => {
          const statusCode = response.statusCode ?? 0;
          let read = 0;
          response.on('data', (chunk: Buffer) => {
            read += chunk.length;
            if (read > MAX_RESPONSE_BYTES) response.destroy();
          });
          const done = () => {
            let error: string | null = null;
            if (statusCode < 200 || statusCode >= 300) {
              error =
                statusCode >= 300 && statusCode < 400
                  ? `answered ${statusCode}; redirects are not followed`
                  : `answered ${statusCode}`;
            }
            resolve({ statusCode, durationMs: elapsed(), error });
          };
          response.on('end', done);
          response.on('close', done);
        },
      );
      const deadline = setTimeout(() => request.destroy(new Error('no answer within 10 s')), TIMEOUT_MS);
      request.on('error', (err) => {
        resolve({ statusCode: null, durationMs: elapsed(), error: err.message });
      });
      request.on('close', () => {
        clearTimeout(deadline);
      });
      request.end(body);
    });
  }

  return {
    post,
    close() {
      agents['http:'].destroy();
      agents['https:'].destroy();
    },
  };
}
