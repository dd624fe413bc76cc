import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { useDocumentTitle } from '../components/page-title';
import { sectionPath } from '../dossier/sections';
import { PetitionDocument, Readability } from '../legal/PetitionDocument';
import { PetitionGate } from '../legal/PetitionGate';
import { PetitionNextStep } from '../legal/PetitionNextStep';
import { usePetitionEditing } from '../legal/usePetitionEditing';
import { type Petition as PetitionData, useLegalWords } from '../legal/words';
import { NotFound } from './NotFound';

interface Loaded {
  petition: PetitionData;
  dossier: Schemas['Dossier'];
  casework: Schemas['Casework'] | null;
}

/**
 * A petition (KT6–KT8) at its own address, `/gezinnen/:householdId/recht/:petitionId`: built as a document
 * part by part, with what still blocks filing, the next weighty step, and what the family will read.
 */
export function Petition() {
  const { householdId = '', petitionId = '' } = useParams();
  const { t } = useLegalWords();
  const [data, setData] = useState<Loaded | null>(null);
  const [missing, setMissing] = useState(false);
  const load = useCallback(async () => {
    try {
      const path = { householdId };
      const [petition, dossier, casework] = await Promise.all([
        ok(
          client.GET('/api/v1/households/{householdId}/petitions/{petitionId}', {
            params: { path: { householdId, petitionId } },
          }),
        ),
        ok(client.GET('/api/v1/households/{householdId}', { params: { path } })),
        // The facts and help a ground or an alternative rests on; a viewer without casework sees none.
        ok(client.GET('/api/v1/households/{householdId}/casework', { params: { path } })).catch(
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 403) {
              return null;
            }
            throw error;
          },
        ),
      ]);
      setData({ petition, dossier, casework });
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        setMissing(true);
        return;
      }
      throw error;
    }
  }, [householdId, petitionId]);
  useEffect(() => {
    void load();
  }, [load]);
  if (missing) {
    return <NotFound />;
  }
  if (!data) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return <PetitionView householdId={householdId} {...data} reload={load} />;
}

function PetitionView(props: Loaded & { householdId: string; reload: () => Promise<void> }) {
  const w = useLegalWords();
  const { t } = w;
  const { petition: p, dossier, householdId } = props;
  const family = dossier.household.displayName;
  const measure = w.measureName(p.measureTypeId);
  useDocumentTitle(`${t('legal.petition.titleShort', { measure })} · ${family}`);
  const editing = usePetitionEditing({
    householdId,
    petition: p,
    casework: props.casework,
    dossier,
    reload: props.reload,
  });
  const open = p.state === 'DRAFT' || p.state === 'IN_REVIEW' || p.state === 'REVIEWED';
  return (
    <>
      <Paragraph>
        <Link to={sectionPath(householdId, 'recht')}>{t('legal.petition.back', { family })}</Link>
      </Paragraph>
      <Heading level={1}>{t('legal.petition.title', { measure })}</Heading>
      <Paragraph>
        {family} · {t('legal.route.state')}: <strong>{t(`legal.states.${p.state}`)}</strong> ·{' '}
        {t('legal.route.to', { addressee: t(`legal.authorities.${p.addressee}`) })} ·{' '}
        {t('legal.route.startedOn', { date: w.date(p.createdAt) })}
      </Paragraph>
      {open && <PetitionGate petition={p} householdId={householdId} />}
      <PetitionNextStep householdId={householdId} petition={p} reload={props.reload} />
      <FamilyView petition={p} householdId={householdId} />
      <section aria-labelledby="document-title">
        <Heading level={2} id="document-title">
          {t('legal.petition.document')}
        </Heading>
        <PetitionDocument
          petition={p}
          editing={{
            ...editing,
            measuresLink: (
              <Paragraph>
                <Link to={sectionPath(householdId, 'recht')}>{t('legal.doc.measureRuns')}</Link>
              </Paragraph>
            ),
          }}
        />
      </section>
    </>
  );
}

/**
 * What the family will read (KT6-R4): their summary in plain words, and the whole petition as a document
 * in the reader's language, as PDF or as a web page.
 */
export function FamilyView({ petition, householdId }: { petition: PetitionData; householdId: string }) {
  const w = useLegalWords();
  const { t } = w;
  const base = `/api/v1/households/${householdId}/petitions/${petition.id}/document`;
  return (
    <section aria-labelledby="family-title" className="gd-card">
      <Heading level={2} id="family-title">
        {t('legal.family.title')}
      </Heading>
      {petition.familySummary ? (
        <>
          <Paragraph className="gd-family-view">{petition.familySummary}</Paragraph>
          <Readability petition={petition} />
        </>
      ) : (
        <Paragraph>{t('legal.family.noSummary')}</Paragraph>
      )}
      <ul className="gd-plain-list">
        <li>
          <a href={`${base}?format=pdf&language=${w.language}`} download>
            {t('legal.family.pdf')}
          </a>
        </li>
        <li>
          <a href={`${base}?format=html&language=${w.language}`}>{t('legal.family.html')}</a>
        </li>
      </ul>
    </section>
  );
}
