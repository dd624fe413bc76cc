import { SUPPORT_RESPONSES } from '@gezinsdossier/domain';
import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate } from 'react-router';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { codeIn } from '../casework/common';
import { SaveableSelect } from '../casework/kit';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { StartPetitionForm, SupportOfferForm } from './forms-legal-route';
import { ComplaintsPart } from './ComplaintsPart';
import { FamilyViewPart } from './FamilyViewPart';
import { RightsPart } from './RightsPart';
import { MeasureCard, petitionPath } from './MeasureCard';
import { PlacementPart } from './PlacementPart';
import { useLegalWords } from './words';

type LegalRoute = Schemas['LegalRoute'];

/**
 * "Rechtsgang" (KT6–KT9): the household's petitions with where each stands, the measures the judge granted
 * with their deadlines and the help ordered against the help delivered (R-008), the children placed out of
 * home under them (implication 12), and the support offered to each person. A petition is started here, after the
 * decision to prepare one, and built on its own page.
 */
export function LegalRouteSection(props: {
  householdId: string;
  dossier: Schemas['Dossier'];
  casework: Schemas['Casework'] | null;
  /** Reloads the dossier and casework (the step on the path moves when a measure ends). */
  reload?: () => Promise<void>;
}) {
  const { householdId, dossier, casework } = props;
  const w = useLegalWords();
  const { t } = w;
  const p = usePanels();
  const navigate = useNavigate();
  const [route, setRoute] = useState<LegalRoute | null>(null);
  const [refused, setRefused] = useState(false);
  const load = useCallback(async () => {
    const r = await ok(
      client.GET('/api/v1/households/{householdId}/legal-route', { params: { path: { householdId } } }),
    );
    setRoute(r);
  }, [householdId]);
  useEffect(() => {
    load().catch((error: unknown) => {
      if (error instanceof ApiError && (error.status === 403 || error.status === 404)) {
        setRefused(true);
        return;
      }
      throw error;
    });
  }, [load]);
  if (refused) {
    return <Paragraph>{t('dossierSections.unavailable')}</Paragraph>;
  }
  if (!route) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const nameOf = (id: string) => {
    const m = dossier.members.find((x) => x.person.id === id);
    return m ? `${m.person.givenName} ${m.person.familyName}` : t('legal.someone');
  };
  const current = dossier.members.filter((m) => m.isCurrent);
  const kase = casework?.case;
  const write = Boolean(casework?.abilities['casework.write']);
  return (
    <div className="gd-casework">
      {kase && (
        <Paragraph>
          {t('legal.route.pathNow')}:{' '}
          <strong className="gd-state">{t(`casework.states.${kase.pathwayState}`)}</strong>
        </Paragraph>
      )}
      <RightsPart route={route} />
      <Subsection
        id="petitions-title"
        title={t('legal.route.petitions')}
        empty={route.petitions.length === 0}
        emptyText={
          route.abilities.startPetition ? t('legal.route.noPetitionYet') : t('legal.route.noPetition')
        }
        actions={
          route.abilities.startPetition && (
            <>
              {p.opener('start', t('legal.start.title'))}
              {p.slot(
                'start',
                <StartPetitionForm
                  householdId={householdId}
                  members={dossier.members}
                  relations={dossier.relations}
                  onDone={(id) => navigate(petitionPath(householdId, id))}
                  onCancel={p.cancel}
                />,
              )}
            </>
          )
        }
      >
        {route.petitions.map((x) => {
          const unmetNeed = x.notFiled?.unmetNeed ?? null;
          return (
            <article key={x.id} className="gd-card" aria-label={w.measureName(x.measureTypeId)}>
              <Paragraph>
                <strong>
                  <Link to={petitionPath(householdId, x.id)}>{w.measureName(x.measureTypeId)}</Link>
                </strong>{' '}
                {t('legal.route.to', { addressee: t(`legal.authorities.${x.addressee}`) })}
              </Paragraph>
              <Paragraph>
                {t('legal.route.state')}: <strong>{t(`legal.states.${x.state}`)}</strong>{' '}
                <span className="gd-muted">
                  ({t('legal.route.startedOn', { date: w.date(x.createdAt) })})
                </span>
              </Paragraph>
              {x.state === 'WITHDRAWN' && <Paragraph>{t('legal.withdraw.done')}</Paragraph>}
              {x.state === 'NOT_FILED' && (
                <Paragraph>
                  {t('legal.route.notFiled')}
                  {unmetNeed && (
                    <>
                      {' '}
                      <strong>{t('legal.review.unmetNeed')}:</strong> {unmetNeed}
                    </>
                  )}
                </Paragraph>
              )}
            </article>
          );
        })}
      </Subsection>

      <Subsection
        id="measures-title"
        title={t('legal.route.measures')}
        empty={route.measures.length === 0}
        emptyText={t('legal.route.noMeasures')}
      >
        {route.measures.map((m) => (
          <MeasureCard
            key={m.id}
            measure={m}
            nameOf={nameOf}
            householdId={householdId}
            members={dossier.members}
            panels={write ? p : null}
            execute={route.abilities.executeMeasure ? p : null}
            onChanged={() => void Promise.all([load(), props.reload?.()])}
          />
        ))}
      </Subsection>

      <PlacementPart
        householdId={householdId}
        route={route}
        members={dossier.members}
        nameOf={nameOf}
        onChanged={() => void load()}
      />

      <Subsection
        id="support-title"
        title={t('legal.support.title')}
        empty={route.supportOffers.length === 0}
        emptyText={t('legal.support.none')}
        actions={
          route.abilities.offerSupport && (
            <>
              {p.opener('support', t('legal.support.offer'))}
              {p.slot(
                'support',
                <SupportOfferForm
                  householdId={householdId}
                  members={current.map((m) => ({ id: m.person.id, name: nameOf(m.person.id) }))}
                  onDone={() => {
                    p.done();
                    void load();
                  }}
                  onCancel={p.cancel}
                />,
              )}
            </>
          )
        }
      >
        <Paragraph className="gd-muted">{t('legal.support.intro')}</Paragraph>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('legal.support.person')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.support.kind')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.support.offeredOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('legal.support.response')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {route.supportOffers.map((o) => {
              const what = `${t(`legal.supportKinds.${o.kind}`)}, ${nameOf(o.personId)}`;
              return (
                <TableRow key={o.id}>
                  <TableCell>{nameOf(o.personId)}</TableCell>
                  <TableCell>
                    {t(`legal.supportKinds.${o.kind}`)}
                    {o.provider && <span className="gd-muted"> ({o.provider})</span>}
                  </TableCell>
                  <TableCell>{w.date(o.offeredOn)}</TableCell>
                  <TableCell>
                    {write ? (
                      <SaveableSelect
                        id={`support-${o.id}`}
                        label={t('legal.support.answerOf', { what })}
                        values={SUPPORT_RESPONSES}
                        labelKey="legal.supportResponses"
                        value={o.response}
                        save={(response) =>
                          ok(
                            client.PATCH('/api/v1/households/{householdId}/support-offers/{offerId}', {
                              params: { path: { householdId, offerId: o.id } },
                              body: { version: o.version, response },
                            }),
                          )
                        }
                        onSaved={() => void load()}
                        currentOf={(c) => codeIn(c, 'response', SUPPORT_RESPONSES)}
                      />
                    ) : (
                      t(`legal.supportResponses.${o.response}`)
                    )}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </Subsection>
      <ComplaintsPart householdId={householdId} members={dossier.members} />
      {dossier.abilities['family_view.read'] && (
        <FamilyViewPart householdId={householdId} members={dossier.members} />
      )}
    </div>
  );
}
