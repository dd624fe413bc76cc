import {
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { AUTHORITY_RELATION_KINDS, isMinorMember } from '@gezinsdossier/domain';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';
import { addressLine } from '../components/address';
import { FamilyPicture } from '../components/FamilyPicture';
import {
  AddNetworkForm,
  AddPersonForm,
  AddRelationForm,
  EditPersonForm,
  EndMembershipForm,
  RecordAddressForm,
} from '../components/forms';
import { usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import { AuthorityAction, RelationHistory, RemoveRelationAction } from '../components/WeightyActions';

type Member = Schemas['Member'];

/** Relation kinds on which parental authority can be recorded (mirrors the domain rule). */
const AUTHORITY_KINDS: readonly string[] = AUTHORITY_RELATION_KINDS;

/**
 * "Samenstelling en netwerk": who belongs to the household, where they live, the picture, the relations
 * with parental authority and the network around the family (issue 9.2).
 */
export function CompositionSection({
  householdId,
  dossier,
  nameOf,
  reload,
}: {
  householdId: string;
  dossier: Schemas['Dossier'];
  nameOf: (personId: string) => string;
  reload: () => Promise<void>;
}) {
  const { t, i18n } = useTranslation();
  const p = usePanels();
  const date = (iso: string) => new Date(iso).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB');
  const can = dossier.abilities;
  const done = () => {
    p.done();
    void reload();
  };
  const authorityOver = (m: Member) =>
    dossier.relations
      .filter((r) => r.toPersonId === m.person.id && r.hasParentalAuthority && !r.to)
      .map((r) => nameOf(r.fromPersonId));
  // Parental authority is about minors: a household of adults only sees no authority column or actions
  // (issue 9.7: adult wording for households without children).
  const isMinor = (personId: string) => {
    const m = dossier.members.find((x) => x.person.id === personId);
    return m ? isMinorMember({ role: m.role, age: m.person.age }) : false;
  };
  const hasMinors = dossier.members.some((m) => m.isCurrent && isMinor(m.person.id));
  const currentAddress = (personId: string) =>
    dossier.addresses.find((a) => a.personId === personId && a.isCurrent);
  return (
    <>
      <Subsection
        id="composition-title"
        title={t('dossier.composition')}
        empty={dossier.members.length === 0}
        emptyText={t('dossier.noMembers')}
        actions={
          <>
            {can['person.create'] && p.opener('person', t('forms.addPerson'))}
            {can['person.update'] &&
              dossier.members.some((m) => m.isCurrent) &&
              p.opener('address', t('forms.recordAddress'))}
            {p.slot('person', <AddPersonForm householdId={householdId} onDone={done} onCancel={p.cancel} />)}
            {p.slot(
              'address',
              <RecordAddressForm
                householdId={householdId}
                members={dossier.members}
                onDone={done}
                onCancel={p.cancel}
              />,
            )}
          </>
        }
      >
        <Table>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('dossier.name')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.age')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('dossier.role')}</TableHeaderCell>
              {hasMinors && <TableHeaderCell scope="col">{t('dossier.authority')}</TableHeaderCell>}
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
                {hasMinors && (
                  <TableCell>
                    {m.role === 'CHILD'
                      ? authorityOver(m).length
                        ? t('dossier.authorityBy', { names: authorityOver(m).join(', ') })
                        : t('dossier.noAuthority')
                      : '—'}
                  </TableCell>
                )}
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
                    {p.opener(`edit:${m.person.id}`, t('dossier.edit'), {
                      appearance: 'subtle-button',
                      hidden: m.person.givenName,
                      what: t('dossier.editPerson', { name: m.person.givenName }),
                    })}
                    {m.isCurrent &&
                      can['membership.manage'] &&
                      p.opener(`end:${m.membershipId}`, t('dossier.moveOut'), {
                        appearance: 'subtle-button',
                        hidden: m.person.givenName,
                        what: t('forms.endMembership', { name: m.person.givenName }),
                      })}
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
        {/* A person with a former and a current membership is edited once. */}
        {[...new Map(dossier.members.map((m) => [m.person.id, m.person])).values()].map((person) => (
          <div key={person.id}>
            {p.slot(
              `edit:${person.id}`,
              <EditPersonForm householdId={householdId} person={person} onDone={done} onCancel={p.cancel} />,
            )}
          </div>
        ))}
        {dossier.members.map((m) => (
          <div key={m.membershipId}>
            {p.slot(
              `end:${m.membershipId}`,
              <EndMembershipForm householdId={householdId} member={m} onDone={done} onCancel={p.cancel} />,
            )}
          </div>
        ))}
      </Subsection>

      <Subsection id="picture-title" title={t('dossier.picture')}>
        <FamilyPicture dossier={dossier} />
      </Subsection>

      <Subsection
        id="relations-title"
        title={t('dossier.relationsTitle')}
        empty={dossier.relations.length === 0 && dossier.relationChanges.length === 0}
        emptyText={t('dossier.noRelations')}
        actions={
          <>
            {can['relation.manage'] && p.opener('relation', t('forms.addRelation'))}
            {p.slot(
              'relation',
              <AddRelationForm
                householdId={householdId}
                members={dossier.members}
                onDone={done}
                onCancel={p.cancel}
              />,
            )}
          </>
        }
      >
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
                    {AUTHORITY_KINDS.includes(r.kind) && isMinor(r.toPersonId) && (
                      <AuthorityAction
                        householdId={householdId}
                        relation={r}
                        parent={nameOf(r.fromPersonId)}
                        child={nameOf(r.toPersonId)}
                        onDone={reload}
                      />
                    )}
                    <RemoveRelationAction
                      householdId={householdId}
                      relation={r}
                      text={`${nameOf(r.fromPersonId)} ${t(`relations.${r.kind}`)} ${nameOf(r.toPersonId)}`}
                      onDone={reload}
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
      </Subsection>

      <Subsection
        id="network-title"
        title={t('dossier.networkTitle')}
        empty={dossier.network.length === 0}
        emptyText={t('dossier.noNetwork')}
        actions={
          <>
            {can['network.manage'] && p.opener('network', t('forms.addNetwork'))}
            {p.slot(
              'network',
              <AddNetworkForm householdId={householdId} onDone={done} onCancel={p.cancel} />,
            )}
          </>
        }
      >
        <ul>
          {dossier.network.map((n) => (
            <li key={n.id}>
              {n.displayName} — {t(`network.${n.relation}`)} (
              {n.involvementAgreedByHousehold ? t('dossier.agreed') : t('dossier.notAgreed')})
              {n.note && <span className="gd-muted"> · {n.note}</span>}
            </li>
          ))}
        </ul>
      </Subsection>
    </>
  );
}
