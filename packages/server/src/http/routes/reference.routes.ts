import { LIMITS } from '@gezinsdossier/domain';
import { z } from 'zod';
import { listMunicipalities, listProfessionals } from '../../queries/list-reference';
import type { App, Run } from '../app';

export async function registerReferenceRoutes(app: App, run: Run): Promise<void> {
  const tags = ['reference'];
  app.get(
    '/api/municipalities',
    { schema: { tags, summary: 'Municipalities and their regions' } },
    (request) => run(request, (ctx) => listMunicipalities(ctx)),
  );
  app.get(
    '/api/professionals',
    {
      schema: {
        tags,
        summary: 'Staff directory for choosing team members',
        querystring: z.object({
          q: z.string().trim().max(LIMITS.searchMax).optional(),
          limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
        }),
      },
    },
    (request) => run(request, (ctx) => listProfessionals(ctx, request.query)),
  );
}
