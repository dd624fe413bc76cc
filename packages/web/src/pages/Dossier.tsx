import {
  Alert,
  Button,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { AUTHORITY_RELATION_KINDS } from '@gezinsdossier/domain';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { addressLine } from '../components/address';
import { ExportSection } from '../components/ExportSection';
import { FamilyPicture } from '../components/FamilyPicture';
import {
  AddExpertForm,
  AddNetworkForm,
  AddNoteForm,
  AddPersonForm,
  AddRelationForm,
  ChangeFixedProfessionalForm,
  EditPersonForm,
  EndMembershipForm,
  LinkLocalTeamForm,
  RecordAddressForm,
} from '../components/forms';
import { AccessLogSection } from '../components/AccessLogSection';
import { ShieldingSection } from '../components/ShieldingSection';
import { useDocumentTitle } from '../components/page-title';
import {
  AuthorityAction,
  EndInvolvementAction,
  RelationHistory,
  RemoveRelationAction,
} from '../components/WeightyActions';
import { CaseworkSection } from '../casework/CaseworkSection';
import { stepDetail, stepTitle } from '../casework/steps';
import { NotFound } from './NotFound';

type DossierData = Schemas['Dossier'];
type Member = Schemas['Member'];
type TimelineEntry = Schemas['TimelineEntry'];

/** Relation kinds on which parental authority can be recorded (mirrors the domain rule). */
const AUTHORITY_KINDS: readonly string[] = AUTHORITY_RELATION_KINDS;

type Panel =
  | null
  | 'person'
  | 'relation'
  | 'network'
  | 'expert'
  | 'fixed'
  | 'link'
  | 'address'
  | `edit:${string}`
  | `end:${string}`;

/** The gezinsdossier: who is the contact, composition, picture, relations, network, team and timeline. */
export function Dossier() {
  const { householdId = '' } = useParams();
  const { t, i18n } = useTranslation();
  const [dossier, setDossier] = useState<DossierData | null>(null);
  const [missing, setMissing] = useState(false);
  useDocumentTitle(dossier?.household.displayName);
  const [panel, setPanel] = useState<Panel>(null);
  const [older, setOlder] = useState<TimelineEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const locale = i18n.language === 'nl' ? 'nl-NL' : 'en-GB';
  const load = useCallback(async () => {
    try {
      const d = await ok(
        client.GET('/api/v1/households/{householdId}', { params: { path: { householdId } } }),
      );
      setDossier(d);
      setOlder([]);
      setCursor(d.timeline?.nextCursor ?? null);
    } catch (error) {
      if (error instanceof ApiError && (error.status === 404 || error.status === 400)) {
        setMissing(true);
        return;
      }
      throw error;
    }
  }, [householdId]);
  useEffect(() => {
    void load();
  }, [load]);
  if (missing) {
    return <NotFound />;
  }
  if (!dossier) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  const can = dossier.abilities;
  const done = () => {
    setPanel(null);
    void load();
  };
  const nameOf = (id: string) => {
    const m = dossier.members.find((x) => x.person.id === id);
    return m ? `${m.person.givenName} ${m.person.familyName}` : '?';
  };
  const authorityOver = (m: Member) =>
    dossier.relations
      .filter((r) => r.toPersonId === m.person.id && r.hasParentalAuthority && !r.to)
      .map((r) => nameOf(r.fromPersonId));
  const date = (iso: string) => new Date(iso).toLocaleDateString(locale);
  const dateTime = (iso: string) =>
    new Date(iso).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const loadOlder = async () => {
    const page = await ok(
      client.GET('/api/v1/households/{householdId}/timeline-entries', {
        params: { path: { householdId }, query: cursor ? { cursor } : {} },
      }),
    );
    setOlder((prev) => [...prev, ...page.items]);
    setCursor(page.nextCursor);
  };
  const team = dossier.case?.team ?? [];
  const fixedMember = team.find((m) => m.role === 'FIXED_PROFESSIONAL' && m.endedAt === null);
  const timeline = [...(dossier.timeline?.items ?? []), ...older];
  const currentAddress = (personId: string) =>
    dossier.addresses.find((a) => a.personId === personId && a.isCurrent);
  const entryTitle = (e: TimelineEntry) =>
    e.step && e.step.code !== 'legacy' ? stepTitle(t, e.step) : e.title;
  return (
    <>
      <Heading level={1}>{dossier.household.displayName}</Heading>
      <Paragraph>{t('dossier.municipality', { name: dossier.household.municipalityName })}</Paragraph>
      {dossier.access.basis === 'BREAK_GLASS' && dossier.access.breakGlassExpiresAt && (
        <Alert type="warning">
          <Paragraph>
            {t('dossier.breakGlass', { time: dateTime(dossier.access.breakGlassExpiresAt) })}
          </Paragraph>
        </Alert>
      )}
      {dossier.access.basis === 'REGIONAL_INTAKE' && (
        <Alert type="info">
          <Paragraph>{t('dossier.intake')}</Paragraph>
        </Alert>
      )}
      {dossier.case?.localTeamLink && (
        <section aria-labelledby="link-title" className="gd-card">
          <Alert type="warning">
            <Heading level={2} id="link-title">
              {dossier.case.localTeamLink.dueOn
                ? t('dossier.localTeamPending', { date: date(dossier.case.localTeamLink.dueOn) })
                : t('dossier.localTeamPendingNoDate')}
            </Heading>
            <Paragraph>{t('dossier.localTeamPendingText')}</Paragraph>
            {dossier.case.localTeamLink.status === 'OVERDUE' && (
              <Paragraph>{t('dossier.localTeamOverdue')}</Paragraph>
            )}
            {dossier.case.localTeamLink.status === 'ESCALATED' && (
              <Paragraph>{t('dossier.localTeamEscalated')}</Paragraph>
            )}
          </Alert>
          {can['local_team.link'] && panel !== 'link' && (
            <Button appearance="primary-action-button" onClick={() => setPanel('link')}>
              {t('forms.linkLocalTeam')}
            </Button>
          )}
          {panel === 'link' && (
            <LinkLocalTeamForm householdId={householdId} onDone={done} onCancel={() => setPanel(null)} />
          )}
        </section>
      )}
      {dossier.case?.contactPerson && (
        <section aria-labelledby="contact-title" className="gd-card">
          <Heading level={2} id="contact-title">
            {t('dossier.contact')}
          </Heading>
          <Paragraph>
            {t('dossier.contactText', {
              name: dossier.case.contactPerson.name,
              org: dossier.case.contactPerson.organisationName,
            })}
          </Paragraph>
        </section>
      )}

      {can['casework.read'] && (
        <CaseworkSection householdId={householdId} members={dossier.members} onChanged={() => void load()} />
      )}

      <section aria-labelledby="composition-title">
        <Heading level={2} id="composition-title">
          {t('dossier.composition')}
        </Heading>
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('dossier.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.age')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.role')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.authority')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.bsn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.addressColumn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.period')}</TableHeaderCell>
              {can['person.update'] && (
                <TableHeaderCell scope="col">
                  <span className="gd-visually-hidden">{t('dossier.edit')}</span>
                </TableHeaderCell>
              )}
            </TableRow>
          </TableHeader>
          <TableBody>
            {dossier.members.map((m) => (
              <TableRow key={m.membershipId} className={m.isCurrent ? undefined : 'gd-former'}>
                <TableCell>
                  {m.person.givenName} {m.person.familyName}
                  {!m.isCurrent && <span className="gd-muted"> ({t('dossier.former')})</span>}
                </TableCell>
                <TableCell>
                  {m.person.age === null ? '—' : t('dossier.years', { count: m.person.age })}
                  {m.person.birthDate && <span className="gd-muted"> ({date(m.person.birthDate)})</span>}
                </TableCell>
                <TableCell>{t(`roles.${m.role}`)}</TableCell>
                <TableCell>
                  {m.role === 'CHILD'
                    ? authorityOver(m).length
                      ? t('dossier.authorityBy', { names: authorityOver(m).join(', ') })
                      : t('dossier.noAuthority')
                    : '—'}
                </TableCell>
                <TableCell>
                  {m.person.bsn ?? <span className="gd-muted">{t('dossier.noBsn')}</span>}
                </TableCell>
                <TableCell>
                  {(() => {
                    const a = currentAddress(m.person.id);
                    return a ? (
                      <>
                        {addressLine(t, a)}
                        <span className="gd-muted"> ({t('dossier.since', { date: date(a.from) })})</span>
                      </>
                    ) : (
                      <span className="gd-muted">{t('dossier.noAddress')}</span>
                    );
                  })()}
                </TableCell>
                <TableCell>
                  {m.to
                    ? t('dossier.until', { from: date(m.from), to: date(m.to) })
                    : t('dossier.since', { date: date(m.from) })}
                </TableCell>
                {can['person.update'] && (
                  <TableCell>
                    <Button appearance="subtle-button" onClick={() => setPanel(`edit:${m.person.id}`)}>
                      {t('dossier.edit')}
                      <span className="gd-visually-hidden"> {m.person.givenName}</span>
                    </Button>
                    {m.isCurrent && can['membership.manage'] && (
                      <Button appearance="subtle-button" onClick={() => setPanel(`end:${m.membershipId}`)}>
                        {t('dossier.moveOut')}
                        <span className="gd-visually-hidden"> {m.person.givenName}</span>
                      </Button>
                    )}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {panel?.startsWith('edit:') &&
          (() => {
            const person = dossier.members.find((m) => m.person.id === panel.slice(5))?.person;
            return person ? (
              <EditPersonForm
                householdId={householdId}
                person={person}
                onDone={done}
                onCancel={() => setPanel(null)}
              />
            ) : null;
          })()}
        {panel?.startsWith('end:') &&
          (() => {
            const member = dossier.members.find((m) => m.membershipId === panel.slice(4));
            return member ? (
              <EndMembershipForm
                householdId={householdId}
                member={member}
                onDone={done}
                onCancel={() => setPanel(null)}
              />
            ) : null;
          })()}
        {can['person.create'] && panel !== 'person' && (
          <Button appearance="secondary-action-button" onClick={() => setPanel('person')}>
            {t('forms.addPerson')}
          </Button>
        )}
        {panel === 'person' && (
          <AddPersonForm householdId={householdId} onDone={done} onCancel={() => setPanel(null)} />
        )}{' '}
        {can['person.update'] && panel !== 'address' && dossier.members.some((m) => m.isCurrent) && (
          <Button appearance="secondary-action-button" onClick={() => setPanel('address')}>
            {t('forms.recordAddress')}
          </Button>
        )}
        {panel === 'address' && (
          <RecordAddressForm
            householdId={householdId}
            members={dossier.members}
            onDone={done}
            onCancel={() => setPanel(null)}
          />
        )}
      </section>

      <section aria-labelledby="picture-title">
        <Heading level={2} id="picture-title">
          {t('dossier.picture')}
        </Heading>
        <FamilyPicture dossier={dossier} />
      </section>

      <section aria-labelledby="relations-title">
        <Heading level={2} id="relations-title" tabIndex={-1}>
          {t('dossier.relationsTitle')}
        </Heading>
        {dossier.relations.length === 0 ? (
          <Paragraph>{t('dossier.noRelations')}</Paragraph>
        ) : (
          <ul>
            {dossier.relations.map((r) => (
              <li key={r.id}>
                {nameOf(r.fromPersonId)} {t(`relations.${r.kind}`)} {nameOf(r.toPersonId)}
                {r.hasParentalAuthority && ` — ${t('forms.authority').toLowerCase()}`}
                {can['relation.manage'] && (
                  <>
                    {' '}
                    {AUTHORITY_KINDS.includes(r.kind) && (
                      <AuthorityAction
                        householdId={householdId}
                        relation={r}
                        parent={nameOf(r.fromPersonId)}
                        child={nameOf(r.toPersonId)}
                        onDone={load}
                      />
                    )}
                    <RemoveRelationAction
                      householdId={householdId}
                      relation={r}
                      text={`${nameOf(r.fromPersonId)} ${t(`relations.${r.kind}`)} ${nameOf(r.toPersonId)}`}
                      onDone={load}
                    />
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
        {dossier.relationChanges.length > 0 && (
          <RelationHistory changes={dossier.relationChanges} nameOf={nameOf} date={date} />
        )}
        {can['relation.manage'] && panel !== 'relation' && (
          <Button appearance="secondary-action-button" onClick={() => setPanel('relation')}>
            {t('forms.addRelation')}
          </Button>
        )}
        {panel === 'relation' && (
          <AddRelationForm
            householdId={householdId}
            members={dossier.members}
            onDone={done}
            onCancel={() => setPanel(null)}
          />
        )}
      </section>

      <section aria-labelledby="network-title">
        <Heading level={2} id="network-title">
          {t('dossier.networkTitle')}
        </Heading>
        {dossier.network.length === 0 ? (
          <Paragraph>{t('dossier.noNetwork')}</Paragraph>
        ) : (
          <ul>
            {dossier.network.map((n) => (
              <li key={n.id}>
                {n.displayName} — {t(`network.${n.relation}`)} (
                {n.involvementAgreedByHousehold ? t('dossier.agreed') : t('dossier.notAgreed')})
                {n.note && <span className="gd-muted"> · {n.note}</span>}
              </li>
            ))}
          </ul>
        )}
        {can['network.manage'] && panel !== 'network' && (
          <Button appearance="secondary-action-button" onClick={() => setPanel('network')}>
            {t('forms.addNetwork')}
          </Button>
        )}
        {panel === 'network' && (
          <AddNetworkForm householdId={householdId} onDone={done} onCancel={() => setPanel(null)} />
        )}
      </section>

      <section aria-labelledby="team-title">
        <Heading level={2} id="team-title">
          {t('dossier.team')}
        </Heading>
        <ul>
          {team.map((m) => (
            <li key={m.id} id={`team-${m.id}`} tabIndex={-1} className={m.endedAt ? 'gd-former' : undefined}>
              <strong>{t(`roles.${m.role}`)}</strong>: {m.professionalName} ({m.organisationName})
              {m.expertise && ` — ${m.expertise}`}
              {m.endedAt && (
                <span className="gd-muted">
                  {' '}
                  · {t('dossier.ended', { date: date(m.endedAt) })}
                  {m.endReason && `, ${t('dossier.endReason', { reason: m.endReason })}`}
                </span>
              )}
              {!m.endedAt && m.role !== 'FIXED_PROFESSIONAL' && fixedMember && can['team.manage'] && (
                <>
                  {' '}
                  <EndInvolvementAction householdId={householdId} member={m} onDone={load} />
                </>
              )}
            </li>
          ))}
        </ul>
        {(dossier.case?.fixedProfessionalChanges ?? 0) > 0 && (
          <Paragraph>{t('dossier.teamChanges', { count: dossier.case?.fixedProfessionalChanges })}</Paragraph>
        )}
        {can['team.manage'] && fixedMember && panel !== 'fixed' && (
          <Button appearance="secondary-action-button" onClick={() => setPanel('fixed')}>
            {t('forms.changeFixed')}
          </Button>
        )}
        {panel === 'fixed' && fixedMember && (
          <ChangeFixedProfessionalForm
            householdId={householdId}
            replacingMemberId={fixedMember.id}
            onDone={done}
            onCancel={() => setPanel(null)}
          />
        )}{' '}
        {can['team.manage'] && panel !== 'expert' && (
          <Button appearance="secondary-action-button" onClick={() => setPanel('expert')}>
            {t('forms.addExpert')}
          </Button>
        )}
        {panel === 'expert' && (
          <AddExpertForm householdId={householdId} onDone={done} onCancel={() => setPanel(null)} />
        )}
      </section>

      {can['shielding.manage'] && (
        <ShieldingSection householdId={householdId} dossier={dossier} nameOf={nameOf} />
      )}

      {can['access_log.read'] && <AccessLogSection householdId={householdId} nameOf={nameOf} />}

      {can['household.export'] && <ExportSection householdId={householdId} members={dossier.members} />}

      {dossier.timeline && (
        <section aria-labelledby="timeline-title">
          <Heading level={2} id="timeline-title">
            {t('dossier.timeline')}
          </Heading>
          {can['timeline.create'] && (
            <AddNoteForm householdId={householdId} members={dossier.members} onDone={() => void load()} />
          )}
          {timeline.length === 0 ? (
            <Paragraph>{t('dossier.noTimeline')}</Paragraph>
          ) : (
            <ol className="gd-timeline">
              {timeline.map((e) => (
                <li key={e.id}>
                  <article aria-labelledby={`entry-${e.id}`}>
                    <Heading level={3} id={`entry-${e.id}`}>
                      {entryTitle(e)}
                    </Heading>
                    <p className="gd-muted">
                      <time dateTime={e.occurredAt}>{dateTime(e.occurredAt)}</time> ·{' '}
                      {t(`entryKinds.${e.kind}`)} · {t('dossier.by', { name: e.author.name })}
                      {e.aboutPersonIds.length > 0 &&
                        ` · ${t('dossier.about', { names: e.aboutPersonIds.map(nameOf).join(', ') })}`}
                    </p>
                    {e.step && e.step.code !== 'legacy' && stepDetail(t, e.step) && (
                      <Paragraph>{stepDetail(t, e.step)}</Paragraph>
                    )}
                    {e.body && <Paragraph>{e.body}</Paragraph>}
                    {e.document && (
                      <p className="gd-muted">{t('dossier.attachment', { name: e.document.fileName })}</p>
                    )}
                  </article>
                </li>
              ))}
            </ol>
          )}
          {cursor && (
            <Button appearance="secondary-action-button" onClick={() => void loadOlder()}>
              {t('dossier.moreTimeline')}
            </Button>
          )}
        </section>
      )}
    </>
  );
}
