import { isMinorMember } from '@gezinsdossier/domain';
import {
  Alert,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { Schemas } from '../api/client';
import { type Panels, usePanels } from '../components/panels';
import { Subsection } from '../components/Subsection';
import {
  ContactAgreementForm,
  ContactMomentForm,
  EndPlacementForm,
  MovePlacementForm,
  ReturnHomePlanForm,
  StartPlacementForm,
} from './forms-placement';
import { type ChildEntry, placementChildren } from './placement';
import { useLegalWords } from './words';

type LegalRoute = Schemas['LegalRoute'];
type PlacedChild = Schemas['PlacedChild'];
type Member = Schemas['Member'];

/**
 * "Uithuisplaatsing" (KT8, implication 12): for each child a running placement measure applies to, where the
 * child lives and every place before, the moves with a warning in words from the second move, the plan to
 * return home, and the contact agreed against the contact that happened. The duo carrying out the measure
 * (`abilities.executeMeasure`) starts, moves and ends a placement and records the contact.
 */
export function PlacementPart(props: {
  householdId: string;
  route: LegalRoute;
  members: Member[];
  nameOf: (id: string) => string;
  onChanged: () => void;
}) {
  const { t } = useLegalWords();
  const p = usePanels();
  const children = placementChildren(props.route, props.members);
  if (children.length === 0) {
    return null;
  }
  return (
    <Subsection id="placement-title" title={t('legal.placement.title')}>
      {children.map((entry) => (
        <ChildPlacement
          key={entry.childId}
          entry={entry}
          householdId={props.householdId}
          route={props.route}
          members={props.members}
          nameOf={props.nameOf}
          panels={props.route.abilities.executeMeasure ? p : null}
          onChanged={props.onChanged}
        />
      ))}
    </Subsection>
  );
}

function ChildPlacement(props: {
  entry: ChildEntry;
  householdId: string;
  route: LegalRoute;
  members: Member[];
  nameOf: (id: string) => string;
  /** The forms of the duo carrying out the measure; null: read only. */
  panels: Panels | null;
  onChanged: () => void;
}) {
  const w = useLegalWords();
  const { t } = w;
  const { entry, panels: p } = props;
  const name = props.nameOf(entry.childId);
  const placed = entry.placed;
  const last = placed?.places.at(-1) ?? null;
  const current = last && last.endsOn === null ? last : null;
  const measureId = placed?.measureId ?? entry.running?.id;
  const measure = props.route.measures.find((m) => m.id === measureId) ?? entry.running;
  const headingId = `placement-${entry.childId}`;
  const done = () => {
    p?.done();
    props.onChanged();
  };
  const common = {
    householdId: props.householdId,
    childId: entry.childId,
    childName: name,
    onDone: done,
    onCancel: () => p?.cancel(),
  };
  const hasSiblings = props.members.some(
    (m) => m.isCurrent && m.person.id !== entry.childId && isMinorMember({ role: m.role, age: m.person.age }),
  );
  return (
    <article className="gd-card" aria-labelledby={headingId}>
      <Heading level={4} id={headingId}>
        {name}
      </Heading>
      {measure && (
        <Paragraph className="gd-muted">
          {t('legal.placement.under', { measure: w.measureName(measure.measureTypeId) })}
        </Paragraph>
      )}
      <Paragraph>
        {current
          ? t('legal.placement.livesAt', {
              place: current.place,
              kind: t(`legal.placementKinds.${current.kind}`),
              date: w.date(current.startsOn),
            })
          : last?.endsOn
            ? last.returnedHome
              ? t('legal.placement.home', { date: w.date(last.endsOn) })
              : t('legal.placement.ended', { date: w.date(last.endsOn) })
            : t('legal.placement.notPlaced')}{' '}
        {current?.withSiblings === true && t('legal.placement.withSiblings')}
        {current?.withSiblings === false && t('legal.placement.apartFromSiblings')}
      </Paragraph>
      {placed && (
        <Paragraph>
          {placed.moves === 0
            ? t('legal.placement.noMoves')
            : t('legal.placement.moves', { count: placed.moves })}
        </Paragraph>
      )}
      {placed?.alert && (
        <Alert type="warning">
          <Paragraph>
            <strong>{t('legal.placement.alertTitle', { name, count: placed.moves })}</strong>{' '}
            {t('legal.placement.alert', { name })}
          </Paragraph>
        </Alert>
      )}
      {p && (
        <div className="gd-actions">
          {!current &&
            entry.running &&
            p.opener(`start:${entry.childId}`, t('legal.placement.start'), {
              hidden: name,
            })}
          {current && p.opener(`move:${entry.childId}`, t('legal.placement.move'), { hidden: name })}
          {current && p.opener(`end:${entry.childId}`, t('legal.placement.end'), { hidden: name })}
        </div>
      )}
      {p &&
        entry.running &&
        p.slot(
          `start:${entry.childId}`,
          <StartPlacementForm
            {...common}
            measureId={entry.running.id}
            hasSiblings={hasSiblings}
            plan={placed?.measureId === entry.running.id ? placed.returnHomePlan : null}
          />,
        )}
      {/* The slots stay after a move or the end, for the message that it was saved. */}
      {p &&
        placed &&
        p.slot(
          `move:${entry.childId}`,
          current && <MovePlacementForm {...common} current={current} moves={placed.moves} />,
        )}
      {p &&
        placed &&
        p.slot(`end:${entry.childId}`, current && <EndPlacementForm {...common} current={current} />)}
      {placed && <PlacesTable placed={placed} name={name} />}
      {placed && (
        <ReturnHomePlan placed={placed} name={name} panels={p} common={common} active={Boolean(current)} />
      )}
      {placed && (
        <ContactPart
          placed={placed}
          name={name}
          panels={p}
          common={common}
          active={Boolean(current)}
          members={props.members}
          nameOf={props.nameOf}
        />
      )}
    </article>
  );
}

/** Every place the child lived, the first at the top, each with its dates and why it ended. */
function PlacesTable(props: { placed: PlacedChild; name: string }) {
  const w = useLegalWords();
  const { t } = w;
  return (
    <Table>
      <caption className="gd-visually-hidden">{t('legal.placement.placesOf', { name: props.name })}</caption>
      <TableHeader>
        <TableRow>
          <TableHeaderCell scope="col">{t('legal.placement.place')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('legal.placement.kind')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('legal.placement.from')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('legal.placement.until')}</TableHeaderCell>
          <TableHeaderCell scope="col">{t('legal.placement.why')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {props.placed.places.map((place) => (
          <TableRow key={place.id}>
            <TableCell>{place.place}</TableCell>
            <TableCell>{t(`legal.placementKinds.${place.kind}`)}</TableCell>
            <TableCell>{w.date(place.startsOn)}</TableCell>
            <TableCell>{place.endsOn ? w.date(place.endsOn) : t('legal.placement.now')}</TableCell>
            <TableCell>
              {place.returnedHome && <>{t('legal.placement.wentHome')}: </>}
              {place.endReason ?? '—'}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

interface CommonFormProps {
  householdId: string;
  childId: string;
  childName: string;
  onDone: () => void;
  onCancel: () => void;
}

/** The plan to return home: its goal, what must change at home, when it is looked at again. */
function ReturnHomePlan(props: {
  placed: PlacedChild;
  name: string;
  panels: Panels | null;
  common: CommonFormProps;
  active: boolean;
}) {
  const w = useLegalWords();
  const { t } = w;
  const plan = props.placed.returnHomePlan;
  const p = props.panels;
  const id = `plan-${props.placed.childId}`;
  return (
    <section aria-labelledby={id}>
      <Heading level={5} id={id}>
        {t('legal.placement.plan')}
      </Heading>
      {plan ? (
        <dl className="gd-facts">
          <div>
            <dt>{t('legal.placement.goal')}</dt>
            <dd>{plan.goal}</dd>
          </div>
          <div>
            <dt>{t('legal.placement.conditionsShort')}</dt>
            <dd>{plan.conditions}</dd>
          </div>
          <div>
            <dt>{t('legal.placement.reviewOnShort')}</dt>
            <dd>{w.date(plan.reviewOn)}</dd>
          </div>
        </dl>
      ) : (
        <Paragraph>{t('legal.placement.noPlan')}</Paragraph>
      )}
      {p && plan && props.active && (
        <>
          {p.opener(`plan:${props.placed.childId}`, t('legal.placement.planEdit'), { hidden: props.name })}
          {p.slot(`plan:${props.placed.childId}`, <ReturnHomePlanForm {...props.common} plan={plan} />)}
        </>
      )}
    </section>
  );
}

/** The contact agreed for the child against the contact that happened, in words, with each moment. */
function ContactPart(props: {
  placed: PlacedChild;
  name: string;
  panels: Panels | null;
  common: CommonFormProps;
  active: boolean;
  members: Member[];
  nameOf: (id: string) => string;
}) {
  const w = useLegalWords();
  const { t } = w;
  const p = props.panels;
  const childId = props.placed.childId;
  const id = `contact-${childId}`;
  const withName = (a: PlacedChild['contact'][number]) =>
    a.withPersonId ? props.nameOf(a.withPersonId) : (a.withName ?? t('legal.someone'));
  const people = props.members
    .filter((m) => m.isCurrent && m.person.id !== childId)
    .map((m) => ({ id: m.person.id, name: props.nameOf(m.person.id) }));
  return (
    <section aria-labelledby={id}>
      <Heading level={5} id={id}>
        {t('legal.placement.contact')}
      </Heading>
      {props.placed.contact.length === 0 && <Paragraph>{t('legal.placement.noContact')}</Paragraph>}
      {props.placed.contact.map((a) => {
        const who = withName(a);
        const momentKey = `moment:${a.id}`;
        return (
          <article
            key={a.id}
            className="gd-card"
            aria-label={t('legal.placement.contactWith', { name: who })}
          >
            <Paragraph>
              <strong>{t('legal.placement.contactWith', { name: who })}</strong>:{' '}
              {t('legal.placement.contactLine', {
                count: a.timesPerMonth,
                supervised: a.supervised
                  ? t('legal.placement.supervisedYes')
                  : t('legal.placement.supervisedNo'),
                date: w.date(a.startsOn),
              })}
            </Paragraph>
            <Paragraph>
              {t('legal.placement.adherence', { agreed: a.agreed, happened: a.happened, missed: a.missed })}{' '}
              <strong>
                {a.shortfall > 0
                  ? t('legal.placement.shortfall', { count: a.shortfall })
                  : t('legal.placement.noShortfall')}
              </strong>
            </Paragraph>
            {a.moments.length > 0 && (
              <ul className="gd-list" aria-label={t('legal.placement.moments', { name: who })}>
                {a.moments.map((m, i) => {
                  const date = w.date(m.on);
                  const text = m.happened
                    ? t('legal.placement.momentHappened', { date })
                    : m.reason
                      ? t('legal.placement.momentMissed', { date, reason: m.reason })
                      : t('legal.placement.momentMissedNoReason', { date });
                  // Moments carry no id of their own; their order is stable (by date, then as recorded).
                  // biome-ignore lint/suspicious/noArrayIndexKey: see above
                  return <li key={`${m.on}-${i}`}>{text}</li>;
                })}
              </ul>
            )}
            {p && (
              <>
                {p.opener(momentKey, t('legal.placement.moment'), { hidden: who })}
                {p.slot(
                  momentKey,
                  <ContactMomentForm
                    householdId={props.common.householdId}
                    agreement={a}
                    withName={who}
                    onDone={props.common.onDone}
                    onCancel={props.common.onCancel}
                  />,
                )}
              </>
            )}
          </article>
        );
      })}
      {p && props.active && (
        <>
          {p.opener(`agreement:${childId}`, t('legal.placement.agreement'), { hidden: props.name })}
          {p.slot(`agreement:${childId}`, <ContactAgreementForm {...props.common} people={people} />)}
        </>
      )}
    </section>
  );
}
