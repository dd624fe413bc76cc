import { HouseholdCreateSchema, HouseholdUpdateSchema, LIMITS, PageQuerySchema } from '@gezinsdossier/domain';
import { z } from 'zod';
import { createHousehold } from '../../commands/create-household';
import { updateHousehold } from '../../commands/update-household';
import { exportHousehold } from '../../queries/export-household';
import { getDossier } from '../../queries/get-dossier';
import { listAccessLog } from '../../queries/list-access-log';
import { listCaseload } from '../../queries/list-caseload';
import type { App, Run } from '../app';
import { HouseholdParams } from './params';

export async function registerHouseholdRoutes(app: App, run: Run): Promise<void> {
  app.get(
    '/api/households',
    {
      schema: {
        tags: ['households'],
        summary: 'Mijn gezinnen: the households the signed-in professional is involved in',
        querystring: PageQuerySchema.extend({ q: z.string().trim().max(LIMITS.searchMax).optional() }),
      },
    },
    (request) => run(request, (ctx) => listCaseload(ctx, request.query)),
  );

  app.post(
    '/api/households',
    {
      schema: {
        tags: ['households'],
        summary: 'Open a gezinsdossier: household, case and team (with one vast gezicht from a Lokaal Team)',
        body: HouseholdCreateSchema,
      },
    },
    async (request, reply) => {
      const created = await run(request, (ctx) => createHousehold(ctx, request.body));
      return reply.code(201).send(created);
    },
  );

  app.get(
    '/api/households/:householdId',
    {
      schema: {
        tags: ['households'],
        summary: 'Open the gezinsdossier with abilities',
        params: HouseholdParams,
      },
    },
    (request) => run(request, (ctx) => getDossier(ctx, request.params.householdId)),
  );

  app.patch(
    '/api/households/:householdId',
    {
      schema: {
        tags: ['households'],
        summary: 'Rename or move a household',
        params: HouseholdParams,
        body: HouseholdUpdateSchema,
      },
    },
    (request) => run(request, (ctx) => updateHousehold(ctx, request.params.householdId, request.body)),
  );

  app.get(
    '/api/households/:householdId/access-log',
    {
      schema: {
        tags: ['households'],
        summary: 'Who accessed this household’s data (NEN 7513)',
        params: HouseholdParams,
        querystring: PageQuerySchema,
      },
    },
    (request) => run(request, (ctx) => listAccessLog(ctx, request.params.householdId, request.query)),
  );

  app.get(
    '/api/households/:householdId/export',
    {
      schema: {
        tags: ['households'],
        summary: 'Everything held about a household (AVG art. 15 basis)',
        params: HouseholdParams,
      },
    },
    async (request, reply) => {
      const data = await run(request, (ctx) => exportHousehold(ctx, request.params.householdId));
      return reply
        .header(
          'content-disposition',
          `attachment; filename="gezinsdossier-${request.params.householdId}.json"`,
        )
        .send(data);
    },
  );
}
