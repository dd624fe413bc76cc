import { AppError } from '@gezinsdossier/domain';
import type { RequestContext } from '../context';
import { findHousehold } from '../db/repositories/household.repository';
import { petitionDocumentHtml, petitionDocumentPdf } from '../presenters/petition-document';
import { requireHousehold } from '../policies/require';
import { currentPetition } from './get-petition';

/**
 * The petition as a readable document (KT6, LS-11): HTML or PDF, in Dutch or English, built from the same
 * presenter as the screens, so what is withheld from the viewer is not in it. Read like the petition itself
 * (the case team, or the counter-reviewer during the review), and logged as a read of what it shows.
 */
export async function getPetitionDocument(
  ctx: RequestContext,
  householdId: string,
  petitionId: string,
  options: { format: 'html' | 'pdf'; language: 'nl' | 'en' },
): Promise<{ body: string | Buffer; contentType: string }> {
  const viewer = await requireHousehold(ctx, householdId, 'petition.read');
  viewer.resource = { action: 'export', type: 'petition', id: petitionId };
  const petition = await currentPetition(ctx, viewer, petitionId);
  const household = await findHousehold(ctx.tx, householdId);
  if (!petition || !household) {
    throw new AppError('not_found');
  }
  const documentOptions = {
    language: options.language,
    householdName: household.displayName,
    generatedAt: ctx.now,
  };
  return options.format === 'pdf'
    ? { body: await petitionDocumentPdf(petition, documentOptions), contentType: 'application/pdf' }
    : { body: petitionDocumentHtml(petition, documentOptions), contentType: 'text/html; charset=utf-8' };
}
