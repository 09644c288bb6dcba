const header = (name: string, description: string, example: string) => ({
  name,
  in: 'header' as const,
  required: true,
  description,
  schema: { type: 'string' as const },
  example,
});

/**
 * The messages the service sends to webhooks, as the OpenAPI 3.1 `webhooks` section: what a
 * receiver implements. The body is the WebhookPayload component (generated from its zod schema).
 */
export const openApiWebhooks = {
  event: {
    post: {
      operationId: 'receiveEvent',
      tags: ['webhooks'],
      summary: 'An event of the collective, delivered to a webhook that takes its type',
      description: [
        'Signed as the Standard Webhooks specification says (https://www.standardwebhooks.com), so its',
        'libraries verify it: `webhook-signature` holds `v1,<base64 HMAC-SHA256 of "{webhook-id}.{webhook-timestamp}.{body}">`',
        'for each secret in use (two during a rotation), keyed with the base64 part of the `whsec_` secret.',
        'Answer with a 2xx within 10 s; anything else (redirects included, they are not followed) is retried',
        'after about 10 s, then with growing gaps for about a day. A message can arrive more than once:',
        'deduplicate by `webhook-id`. Messages of one endpoint are sent one at a time in event order',
        '(`data.seq`): a message waiting for its retry holds back the later ones until it succeeds or is',
        'given up after the last retry. A redelivery an admin asked for comes by itself, out of that order.',
      ].join(' '),
      parameters: [
        header(
          'webhook-id',
          'The message id: the same on every attempt and redelivery',
          'b1f0c7d2-5a4e-4d0e-9a55-2f1d3c4b5a69',
        ),
        header('webhook-timestamp', 'Unix seconds when this attempt was signed', '1796121217'),
        header(
          'webhook-signature',
          'Space-separated `v1,<base64>` signatures',
          'v1,K5oZfzN95Z9UVu1EsfQmfVNQhnkZ2pj9o9NDN/H/pI4=',
        ),
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { $ref: '#/components/schemas/WebhookPayload' } } },
      },
      responses: {
        '2XX': { description: 'Received; the message will not be sent again' },
        default: { description: 'Anything else, or no answer within 10 s: retried' },
      },
    },
  },
};
