import {
  Heading,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { client, ok, type Schemas } from '../api/client';
import { ConfirmAction } from '../components/ConfirmAction';
import { Field } from '../components/Field';
import { Subsection } from '../components/Subsection';
import { useLegalWords } from './words';

type FamilyView = Schemas['FamilyView'];
type Item = Schemas['FamilyViewItem'];
type MemberVisibility = Item['visibility'][number];

/**
 * "Wat het gezin ziet" (issue 10.8): the professional chooses a household member and reads exactly what that
 * member will see of the legal route, in the family's own words (the generated B1 summary), and per item who
 * sees it and why. The duo can withhold an item from one member (confirmed, with a reason the record keeps)
 * or show it again; nothing is saved by choosing a member. What a shielding record withholds cannot be shown
 * here. The family portal will show the same items.
 */
export function FamilyViewPart(props: { householdId: string; members: Schemas['Dossier']['members'] }) {
  const w = useLegalWords();
  const { t } = w;
  const current = props.members.filter((m) => m.isCurrent);
  const [personId, setPersonId] = useState(current[0]?.person.id ?? '');
  const [view, setView] = useState<FamilyView | null>(null);
  const load = useCallback(async () => {
    if (!personId) {
      return;
    }
    setView(
      await ok(
        client.GET('/api/v1/households/{householdId}/family-view', {
          params: { path: { householdId: props.householdId }, query: { personId } },
        }),
      ),
    );
  }, [props.householdId, personId]);
  useEffect(() => {
    void load();
  }, [load]);
  if (current.length === 0) {
    return null;
  }
  const nameOf = (id: string) => {
    const m = props.members.find((x) => x.person.id === id);
    return m ? m.person.givenName : t('legal.someone');
  };
  const chosen = nameOf(personId);
  return (
    <section aria-labelledby="family-view-title" className="gd-sub">
      <Heading level={3} id="family-view-title" tabIndex={-1}>
        {t('legal.familyView.title')}
      </Heading>
      <Paragraph className="gd-muted">{t('legal.familyView.intro')}</Paragraph>
      <Field id="family-view-member" label={t('legal.familyView.member')}>
        {(a) => (
          <Select {...a} value={personId} onChange={(e) => setPersonId(e.target.value)}>
            {current.map((m) => (
              <SelectOption key={m.person.id} value={m.person.id}>
                {`${m.person.givenName} ${m.person.familyName}`}
              </SelectOption>
            ))}
          </Select>
        )}
      </Field>
      {view?.personId === personId &&
        [
          { id: 'family-view-sees', title: 'sees', empty: 'seesNothing', items: view.items },
          { id: 'family-view-hidden', title: 'notSeen', empty: 'nothingHidden', items: view.hiddenItems },
        ].map((part) => (
          <Subsection
            key={part.id}
            id={part.id}
            level={4}
            title={t(`legal.familyView.${part.title}`, { name: chosen })}
            empty={part.items.length === 0}
            emptyText={t(`legal.familyView.${part.empty}`, { name: chosen })}
          >
            {part.items.map((item) => (
              <FamilyViewItem
                key={item.id}
                item={item}
                householdId={props.householdId}
                canSet={view.abilities.setVisibility}
                nameOf={nameOf}
                onDone={load}
              />
            ))}
          </Subsection>
        ))}
    </section>
  );
}

function FamilyViewItem(props: {
  item: Item;
  householdId: string;
  canSet: boolean;
  nameOf: (id: string) => string;
  onDone: () => Promise<void>;
}) {
  const w = useLegalWords();
  const { t } = w;
  const { item } = props;
  const kind = t(`legal.familyView.kinds.${item.kind}`);
  return (
    <article className="gd-card" aria-label={kind}>
      <Paragraph>
        <strong>{kind}</strong>
      </Paragraph>
      <blockquote className="gd-family-summary">
        <Paragraph lang={w.language}>{item.summary[w.language] || item.summary.nl}</Paragraph>
      </blockquote>
      <Table>
        <caption className="gd-visually-hidden">{t('legal.familyView.whoSees', { kind })}</caption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('legal.familyView.columns.member')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('legal.familyView.columns.sees')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('legal.familyView.columns.why')}</TableHeaderCell>
            {props.canSet && (
              <TableHeaderCell scope="col">{t('legal.familyView.columns.change')}</TableHeaderCell>
            )}
          </TableRow>
        </TableHeader>
        <TableBody>
          {item.visibility.map((m) => (
            <TableRow key={m.personId}>
              <TableCell>{props.nameOf(m.personId)}</TableCell>
              <TableCell>{m.visible ? t('legal.familyView.yes') : t('legal.familyView.no')}</TableCell>
              <TableCell>{whyText(t, m)}</TableCell>
              {props.canSet && (
                <TableCell>
                  {m.source !== 'SHIELDED' && (
                    <VisibilityAction
                      householdId={props.householdId}
                      item={item}
                      kind={kind}
                      member={m}
                      name={props.nameOf(m.personId)}
                      onDone={props.onDone}
                    />
                  )}
                </TableCell>
              )}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </article>
  );
}

function whyText(t: ReturnType<typeof useLegalWords>['t'], m: MemberVisibility): string {
  if (m.source === 'SHIELDED') {
    return t('legal.familyView.shielded');
  }
  if (m.source === 'OVERRIDE') {
    return m.reason
      ? t('legal.familyView.overrideWithReason', { reason: m.reason })
      : t('legal.familyView.override');
  }
  return t(`legal.familyView.bases.${m.basis}`);
}

/** Withhold (confirmed, with a reason) or show again, for one member and one item, at its version. */
function VisibilityAction(props: {
  householdId: string;
  item: Item;
  kind: string;
  member: MemberVisibility;
  name: string;
  onDone: () => Promise<void>;
}) {
  const { t } = useLegalWords();
  const hide = props.member.visible;
  const words = hide ? 'hide' : 'show';
  const names = { name: props.name, kind: props.kind.toLowerCase() };
  return (
    <ConfirmAction
      trigger={
        <>
          {t(`legal.familyView.${words}.trigger`)}
          <span className="gd-visually-hidden">{t('legal.familyView.forWhom', names)}</span>
        </>
      }
      title={t(`legal.familyView.${words}.title`, names)}
      reason={hide ? { label: t('legal.familyView.hide.reason', names), required: true } : undefined}
      confirmLabel={t(`legal.familyView.${words}.yes`)}
      run={(reason) =>
        ok(
          client.PUT('/api/v1/households/{householdId}/family-view/visibility', {
            params: { path: { householdId: props.householdId } },
            body: {
              subjectKind: props.item.kind,
              subjectId: props.item.id,
              personId: props.member.personId,
              visible: !hide,
              reason,
              version: props.member.version,
            },
          }),
        )
      }
      onDone={props.onDone}
      focusAfter={() => document.getElementById('family-view-sees')}
    >
      <Paragraph>{t(`legal.familyView.${words}.what`, names)}</Paragraph>
      <Paragraph>{t('legal.familyView.undo')}</Paragraph>
    </ConfirmAction>
  );
}
