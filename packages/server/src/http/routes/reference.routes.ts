import { LIMITS } from '@gezinsdossier/domain';
import { z } from 'zod';
import { named } from '../../presenters/schemas';
import { listMunicipalities, listProfessionals } from '../../queries/list-reference';
import type { App, Run } from '../app';
import { route } from './define';

const MunicipalitySchema = named(
  'Municipality',
  z.strictObject({ code: z.string(), name: z.string(), regionName: z.string() }),
);
const ProfessionalSchema = named(
  'Professional',
  z.strictObject({
    professionalId: z.uuid(),
    displayName: z.string(),
    organisationId: z.uuid(),
    organisationName: z.string(),
    organisationKind: z.enum(['LOCAL_TEAM', 'RVT', 'CRISIS_SERVICE', 'OTHER']),
  }),
);

export async function registerReferenceRoutes(app: App, run: Run): Promise<void> {
  const tags = ['reference'];
  route(app, run, {
    method: 'GET',
    path: '/municipalities',
    operationId: 'listMunicipalities',
    summary: 'Municipalities and their regions',
    tags,
    response: z.array(MunicipalitySchema),
    handler: (ctx) => listMunicipalities(ctx),
  });
  route(app, run, {
    method: 'GET',
    path: '/professionals',
    operationId: 'listProfessionals',
    summary: 'Staff directory for choosing team members',
    tags,
    query: z.object({
      q: z.string().trim().max(LIMITS.searchMax).optional(),
      limit: z.coerce.number().int().min(1).max(LIMITS.pageSizeMax).default(LIMITS.pageSizeDefault),
    }),
    response: z.array(ProfessionalSchema),
    handler: (ctx, { query }) => listProfessionals(ctx, query),
  });
}
