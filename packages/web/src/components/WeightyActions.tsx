import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { client, done, ok, type Schemas } from '../api/client';
import { byId, ConfirmAction } from './ConfirmAction';

type Relation = Schemas['Relation'];
type RelationChange = Schemas['RelationChange'];
type TeamMember = Schemas['TeamMember'];

/**
 * The weighty actions on the dossier's composition and team (issue 9.1): each confirms in a dialog that says
 * what changes for whom, asks the reason the record keeps, and tells how a mistake is corrected.
 */

/** Records that a parent gains or loses parental authority over a child; the reason goes into the history. */
export function AuthorityAction(props: {
  householdId: string;
  relation: Relation;
  parent: string;
  child: string;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const r = props.relation;
  const words = r.hasParentalAuthority ? 'end' : 'grant';
  const names = { parent: props.parent, child: props.child };
  return (
    <ConfirmAction
      trigger={
        <>
          {t(`confirm.authority.${words}.trigger`)}
          <span className="gd-visually-hidden">{t('confirm.authority.of', names)}</span>
        </>
      }
      title={t(`confirm.authority.${words}.title`, names)}
      reason={{
        label: t('confirm.authority.reason'),
        hint: t('confirm.authority.reasonHint'),
        required: true,
      }}
      confirmLabel={t(`confirm.authority.${words}.yes`)}
      run={(reason) =>
        ok(
          client.PATCH('/api/v1/households/{householdId}/relations/{relationId}', {
            params: { path: { householdId: props.householdId, relationId: r.id } },
            body: { hasParentalAuthority: !r.hasParentalAuthority, reason, version: r.version },
          }),
        )
      }
      onDone={props.onDone}
    >
      <Paragraph>{t(`confirm.authority.${words}.what`, names)}</Paragraph>
      <Paragraph>{t('confirm.authority.undo')}</Paragraph>
    </ConfirmAction>
  );
}

/** Removes a relation recorded in error; what it was and why stays in the history, and it can be added again. */
export function RemoveRelationAction(props: {
  householdId: string;
  relation: Relation;
  /** The relation in words ("Sanne Jansen is ouder van Jip Jansen"). */
  text: string;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmAction
      trigger={
        <>
          {t('confirm.removeRelation.trigger')}
          <span className="gd-visually-hidden">{props.text}</span>
        </>
      }
      title={t('confirm.removeRelation.title', { text: props.text })}
      reason={{ label: t('confirm.removeRelation.reason'), required: true }}
      confirmLabel={t('confirm.removeRelation.yes')}
      run={(reason) =>
        done(
          client.DELETE('/api/v1/households/{householdId}/relations/{relationId}', {
            params: {
              path: { householdId: props.householdId, relationId: props.relation.id },
              query: { version: props.relation.version },
            },
            body: { reason },
          }),
        )
      }
      onDone={props.onDone}
      focusAfter={byId('relations-title')}
    >
      <Paragraph>{t('confirm.removeRelation.what')}</Paragraph>
      <Paragraph>{t('confirm.removeRelation.undo')}</Paragraph>
    </ConfirmAction>
  );
}

/** Ends an expert's or the RVT partner's involvement, with the reason the team list shows afterwards. */
export function EndInvolvementAction(props: {
  householdId: string;
  member: TeamMember;
  onDone: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const m = props.member;
  const who = { name: m.professionalName, org: m.organisationName };
  return (
    <ConfirmAction
      trigger={
        <>
          {t('confirm.endInvolvement.trigger')}
          <span className="gd-visually-hidden">{m.professionalName}</span>
        </>
      }
      title={t('confirm.endInvolvement.title', who)}
      reason={{ label: t('confirm.endInvolvement.reason'), required: true }}
      confirmLabel={t('confirm.endInvolvement.yes')}
      run={(reason) =>
        done(
          client.PATCH('/api/v1/households/{householdId}/team-members/{memberId}', {
            params: { path: { householdId: props.householdId, memberId: m.id } },
            body: { reason },
          }),
        )
      }
      onDone={props.onDone}
      focusAfter={byId(`team-${m.id}`)}
    >
      <Paragraph>{t('confirm.endInvolvement.what', who)}</Paragraph>
      <Paragraph>
        {m.role === 'EXPERT' ? t('confirm.endInvolvement.undoExpert') : t('confirm.endInvolvement.undo')}
      </Paragraph>
    </ConfirmAction>
  );
}

/** Changes of parental authority and removed relations, newest first, with their reasons. */
export function RelationHistory(props: {
  changes: RelationChange[];
  nameOf: (id: string) => string;
  date: (iso: string) => string;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Heading level={4}>{t('confirm.history.title')}</Heading>
      <ul className="gd-list" aria-label={t('confirm.history.title')}>
        {props.changes.map((c) => (
          <li key={c.id}>
            {props.date(c.recordedAt)}: {t(`confirm.history.${c.change}`)} — {props.nameOf(c.fromPersonId)}{' '}
            {t(`relations.${c.kind}`)} {props.nameOf(c.toPersonId)}
            {c.reason && <>. {t('confirm.history.reason', { reason: c.reason })}</>}
          </li>
        ))}
      </ul>
    </>
  );
}
