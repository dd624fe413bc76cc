import { HouseholdCreateSchema, HouseholdUpdateSchema, LIMITS, PageQuerySchema } from '@gezinsdossier/domain';
import { z } from 'zod';
import { createHousehold } from '../../commands/create-household';
import { updateHousehold } from '../../commands/update-household';
import { AccessLogEntrySchema } from '../../presenters/access-log.presenter';
import { CaseloadItemSchema } from '../../presenters/caseload.presenter';
import { DossierSchema } from '../../presenters/dossier.presenter';
import { renderExportDocument } from '../../presenters/export-document';
import { HouseholdSchema } from '../../presenters/household.presenter';
import { named } from '../../presenters/schemas';
import { exportHousehold, HouseholdExportSchema } from '../../queries/export-household';
import { getDossier } from '../../queries/get-dossier';
import { listAccessLog } from '../../queries/list-access-log';
import { listCaseload } from '../../queries/list-caseload';
import type { App, Run } from '../app';
import { API, PROBLEMS, route } from './define';
import { HouseholdParams } from './params';
import { HouseholdCreatedSchema } from './schemas';

const page = <T extends z.ZodType>(id: string, item: T) =>
  named(id, z.strictObject({ items: z.array(item), nextCursor: z.string().nullable() }));
const CaseloadPageSchema = page('CaseloadPage', CaseloadItemSchema);
const AccessLogPageSchema = page('AccessLogPage', AccessLogEntrySchema);

export async function registerHouseholdRoutes(app: App, run: Run): Promise<void> {
  const tags = ['households'];
  route(app, run, {
    method: 'GET',
    path: '/households',
    operationId: 'listCaseload',
    summary: 'Mijn gezinnen: the households the signed-in professional is involved in',
    tags,
    query: PageQuerySchema.extend({ q: z.string().trim().max(LIMITS.searchMax).optional() }),
    response: CaseloadPageSchema,
    paged: true,
    handler: (ctx, { query }) => listCaseload(ctx, query),
  });
  route(app, run, {
    method: 'POST',
    path: '/households',
    operationId: 'createHousehold',
    summary:
      'Open a gezinsdossier: household, case and team (one vast gezicht from a Lokaal Team), with the persons known',
    tags,
    body: HouseholdCreateSchema,
    response: HouseholdCreatedSchema,
    status: 201,
    handler: (ctx, { body }) => createHousehold(ctx, body),
  });
  route(app, run, {
    method: 'GET',
    path: '/households/:householdId',
    operationId: 'getDossier',
    summary: 'Open the gezinsdossier as the viewer may see it, with abilities',
    tags,
    params: HouseholdParams,
    response: DossierSchema,
    handler: (ctx, { params }) => getDossier(ctx, params.householdId),
  });
  route(app, run, {
    method: 'PATCH',
    path: '/households/:householdId',
    operationId: 'updateHousehold',
    summary: 'Rename a household or record its move to another municipality',
    tags,
    params: HouseholdParams,
    body: HouseholdUpdateSchema,
    response: HouseholdSchema,
    handler: (ctx, { params, body }) => updateHousehold(ctx, params.householdId, body),
  });
  route(app, run, {
    method: 'GET',
    path: '/households/:householdId/access-log',
    operationId: 'listAccessLog',
    summary: 'Who accessed this household’s data (NEN 7513), newest first',
    tags,
    params: HouseholdParams,
    query: PageQuerySchema,
    response: AccessLogPageSchema,
    paged: true,
    handler: (ctx, { params, query }) => listAccessLog(ctx, params.householdId, query),
  });

  // The export answers as JSON or as a readable document (AVG art. 15), so it is registered by hand.
  app.get(
    `${API}/households/:householdId/export`,
    {
      schema: {
        operationId: 'exportHousehold',
        tags,
        summary:
          'Everything held about the household, or about one person (AVG art. 15), as JSON or a readable document',
        description:
          'Built from the same presenters as every screen, so what is withheld from the viewer is not in it. With `personId`, what is held about that person, with the shields on that person applied.',
        params: HouseholdParams,
        querystring: z.object({
          format: z.enum(['json', 'html']).default('json'),
          personId: z.uuid().optional(),
        }),
        response: {
          200: {
            description: 'The export',
            content: {
              'application/json': { schema: HouseholdExportSchema },
              'text/html': { schema: z.string() },
            },
          },
          ...PROBLEMS,
        },
      },
    },
    async (request, reply) => {
      const { format, personId } = request.query;
      const data = await run(request, (ctx) =>
        exportHousehold(ctx, request.params.householdId, personId ? { personId } : {}),
      );
      const name = `gezinsdossier-${personId ?? request.params.householdId}`;
      if (format === 'html') {
        return reply
          .type('text/html; charset=utf-8')
          .header('content-disposition', `inline; filename="${name}.html"`)
          .send(renderExportDocument(data));
      }
      return reply
        .type('application/json')
        .header('content-disposition', `attachment; filename="${name}.json"`)
        .send(data);
    },
  );
}
