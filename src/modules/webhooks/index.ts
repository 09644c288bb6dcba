import type { FastifyPluginAsync } from 'fastify';
import type { Db } from '../../db/client.js';
import { webhooksRoutes } from './webhooks.routes.js';
import { createWebhooksService } from './webhooks.service.js';
import type { SecretBox } from './webhooks.secrets.js';
import type { UrlPolicy } from './webhooks.urls.js';

export { createDeliveryWorker, type DeliveryWorker } from './webhooks.worker.js';
export { createSecretBox, loadWebhookSecretsKey, type SecretBox } from './webhooks.secrets.js';
export { systemResolver, type HostResolver } from './webhooks.urls.js';
export { openApiWebhooks } from './webhooks.openapi.js';

export const webhooksModule: FastifyPluginAsync<{
  db: Db;
  now: () => Date;
  box: SecretBox;
  policy: UrlPolicy;
}> = async (app, deps) => {
  await app.register(webhooksRoutes, { service: createWebhooksService(deps) });
};
