import { z } from 'zod';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { bearerSecurity, callerOf } from '../../http/auth.js';
import { expectedVersion, sendWithEtag, setEtag } from '../../http/etag.js';
import { sendCreateResult } from '../../http/responses.js';
import {
  CollectiveParams,
  created,
  EmptyBody,
  IdempotencyHeaders,
  IfMatchHeaders,
  IfNoneMatchHeaders,
  JobParams,
  NotModified,
  withEtag,
  problemResponses,
} from '../../http/schemas.js';
import {
  CreateJobBody,
  Interest,
  InterestBody,
  InterestPage,
  Job,
  JobPage,
  ListInterestsQuery,
  ListJobsQuery,
  UpdateJobBody,
} from './jobs.schemas.js';
import type { JobsService } from './jobs.service.js';

const tags = ['jobs'];

export const jobsRoutes: FastifyPluginAsyncZod<{ service: JobsService }> = async (app, { service }) => {
  app.addHook('onRequest', app.authenticate);

  app.post(
    '/v1/collectives/:collectiveId/jobs',
    {
      schema: {
        operationId: 'createJob',
        tags,
        summary: 'Post a job to the collective',
        security: bearerSecurity,
        params: CollectiveParams,
        headers: IdempotencyHeaders,
        body: CreateJobBody,
        response: {
          201: created(Job, 'The job posted', { etag: true }),
          ...problemResponses(400, 401, 404, 413, 422, 429),
        },
      },
    },
    async (request, reply) =>
      sendCreateResult(
        reply,
        await service.create(
          callerOf(request).accountId,
          request.params.collectiveId,
          request.body,
          request.headers['idempotency-key'],
        ),
      ),
  );

  app.get(
    '/v1/collectives/:collectiveId/jobs',
    {
      schema: {
        operationId: 'listJobs',
        tags,
        summary: 'Jobs of the collective, newest first (filters: status, skill, q, postedBy)',
        security: bearerSecurity,
        params: CollectiveParams,
        querystring: ListJobsQuery,
        response: { 200: JobPage, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) => service.list(callerOf(request).accountId, request.params.collectiveId, request.query),
  );

  app.get(
    '/v1/collectives/:collectiveId/jobs/:jobId',
    {
      schema: {
        operationId: 'getJob',
        tags,
        summary: 'One job (with its ETag; If-None-Match gets 304)',
        security: bearerSecurity,
        params: JobParams,
        headers: IfNoneMatchHeaders,
        response: {
          200: withEtag(Job, 'The job'),
          304: NotModified,
          ...problemResponses(400, 401, 404, 429),
        },
      },
    },
    async (request, reply) => {
      const { job, version } = await service.get(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.jobId,
      );
      return sendWithEtag(request, reply, version, job);
    },
  );

  app.patch(
    '/v1/collectives/:collectiveId/jobs/:jobId',
    {
      schema: {
        operationId: 'updateJob',
        tags,
        summary: 'Edit an open job (poster only; If-Match with the ETag prevents lost updates)',
        security: bearerSecurity,
        params: JobParams,
        headers: IfMatchHeaders,
        body: UpdateJobBody,
        response: {
          200: withEtag(Job, 'The job as changed'),
          ...problemResponses(400, 401, 403, 404, 409, 412, 429),
        },
      },
    },
    async (request, reply) => {
      const { job, version } = await service.update(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.jobId,
        request.body,
        expectedVersion(request),
      );
      setEtag(reply, version);
      return job;
    },
  );

  app.post(
    '/v1/collectives/:collectiveId/jobs/:jobId/cancel',
    {
      schema: {
        operationId: 'cancelJob',
        tags,
        summary: 'Cancel an open job (poster only)',
        security: bearerSecurity,
        params: JobParams,
        body: EmptyBody,
        response: {
          200: withEtag(Job, 'The job, cancelled'),
          ...problemResponses(400, 401, 403, 404, 409, 429),
        },
      },
    },
    async (request, reply) => {
      const { job, version } = await service.cancel(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.jobId,
      );
      setEtag(reply, version);
      return job;
    },
  );

  app.put(
    '/v1/collectives/:collectiveId/jobs/:jobId/interest',
    {
      schema: {
        operationId: 'expressInterest',
        tags,
        summary: 'Leave or edit your fit note on an open job (why the work fits you)',
        security: bearerSecurity,
        params: JobParams,
        body: InterestBody,
        response: { 200: Interest, 201: Interest, ...problemResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      const { interest, created } = await service.expressInterest(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.jobId,
        request.body.note,
      );
      return reply.code(created ? 201 : 200).send(interest);
    },
  );

  app.delete(
    '/v1/collectives/:collectiveId/jobs/:jobId/interest',
    {
      schema: {
        operationId: 'withdrawInterest',
        tags,
        summary: 'Withdraw your fit note',
        security: bearerSecurity,
        params: JobParams,
        response: { 204: z.undefined(), ...problemResponses(400, 401, 404, 409, 429) },
      },
    },
    async (request, reply) => {
      await service.withdrawInterest(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.jobId,
      );
      return reply.code(204).send();
    },
  );

  app.get(
    '/v1/collectives/:collectiveId/jobs/:jobId/interests',
    {
      schema: {
        operationId: 'listInterests',
        tags,
        summary: 'Fit notes on a job (the poster sees all; others only their own)',
        security: bearerSecurity,
        params: JobParams,
        querystring: ListInterestsQuery,
        response: { 200: InterestPage, ...problemResponses(400, 401, 404, 429) },
      },
    },
    (request) =>
      service.listInterests(
        callerOf(request).accountId,
        request.params.collectiveId,
        request.params.jobId,
        request.query,
      ),
  );
};
