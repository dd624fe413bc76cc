import { Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useEffect, useState } from 'react';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { type PetitionFormProps, pathOf } from './forms-petition';
import { gateLines } from './gate';
import { useLegalWords } from './words';

type Candidate = Schemas['ReviewerCandidate'];
type Role = Candidate['role'];
const ROLES = [
  { role: 'COUNTER_REVIEWER', field: 'reviewerId' },
  { role: 'JURIST', field: 'juristId' },
  { role: 'BEHAVIOURAL_SCIENTIST', field: 'behaviouralScientistId' },
] as const satisfies readonly { role: Role; field: string }[];
type Choice = Record<(typeof ROLES)[number]['field'], string>;

/** A refusal's points as field issues, so the form shows them in words next to what they are about. */
function explained(
  error: unknown,
  petition: PetitionFormProps['petition'],
  w: ReturnType<typeof useLegalWords>,
) {
  if (!(error instanceof ApiError)) {
    return error;
  }
  const blockers = error.details.blockers;
  const refusals = error.details.refusals;
  const issues = [
    ...(Array.isArray(blockers)
      ? gateLines(petition, blockers as PetitionFormProps['petition']['gate'], w.t, w.language).map((l) => ({
          path: 'gate',
          code: 'petition_not_ready',
          message: [l.safeguard, l.what, l.about].filter(Boolean).join(': '),
        }))
      : []),
    ...(Array.isArray(refusals)
      ? (refusals as { safeguard: string; code: string }[]).map((r) => ({
          path: 'reviewerId',
          code: r.code,
          message: `${w.safeguard(r.safeguard)}: ${w.issue(r.code)}`,
        }))
      : []),
  ];
  return issues.length > 0
    ? new ApiError(error.status, error.code, error.title, [...error.issues, ...issues], error.current)
    : error;
}

/**
 * Sends a complete petition to counter-review (KT7): a reviewer, a jurist and a behavioural scientist, each
 * chosen from the pool. Who may not review this petition is shown, not chosen, with the reason in words
 * (VAL-06: not from the family's own RVT, not involved; LS-17: not the petitioner).
 */
export function ReviewRequestForm(props: PetitionFormProps) {
  const w = useLegalWords();
  const { t } = w;
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [choice, setChoice] = useState<Choice>({ reviewerId: '', juristId: '', behaviouralScientistId: '' });
  const { householdId, petition } = props;
  useEffect(() => {
    void ok(
      client.GET('/api/v1/households/{householdId}/petitions/{petitionId}/reviewer-candidates', {
        params: { path: { householdId, petitionId: petition.id } },
      }),
    ).then((list) => {
      setCandidates(list);
      const first = (role: Role) =>
        list.find((c) => c.role === role && c.refusals.length === 0)?.accountId ?? '';
      setChoice({
        reviewerId: first('COUNTER_REVIEWER'),
        juristId: first('JURIST'),
        behaviouralScientistId: first('BEHAVIOURAL_SCIENTIST'),
      });
    });
  }, [householdId, petition.id]);
  const nameOf = (id: string) => candidates?.find((c) => c.accountId === id)?.name ?? '';
  const check = () => {
    const missing = ROLES.filter((r) => !choice[r.field]).map((r) => ({
      path: r.field,
      code: 'required',
      message: t('legal.request.choose', { role: t(`legal.reviewRoles.${r.role}`) }),
    }));
    return missing.length > 0
      ? new ApiError(422, 'validation_failed', t('legal.request.incomplete'), missing)
      : null;
  };
  return (
    <ConfirmedForm
      legend={t('legal.request.title')}
      idPrefix="rr"
      submitLabel={t('legal.request.submit')}
      onCancel={props.onCancel}
      check={check}
      confirm={{
        title: t('legal.request.confirmTitle'),
        confirmLabel: t('legal.request.confirm'),
        body: (
          <>
            <Paragraph>
              {t('legal.request.confirmWho', {
                reviewer: nameOf(choice.reviewerId),
                jurist: nameOf(choice.juristId),
                scientist: nameOf(choice.behaviouralScientistId),
              })}
            </Paragraph>
            <Paragraph>{t('legal.request.confirmWhat')}</Paragraph>
          </>
        ),
      }}
      send={() =>
        ok(
          client.POST('/api/v1/households/{householdId}/petitions/{petitionId}/reviews', {
            params: { path: pathOf(props) },
            body: { version: petition.version, ...choice },
          }),
        ).catch((error: unknown) => {
          throw explained(error, petition, w);
        })
      }
      onDone={props.onDone}
    >
      <Paragraph>{t('legal.request.independence')}</Paragraph>
      {candidates === null ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : (
        ROLES.map(({ role, field }) => (
          <CandidateGroup
            key={role}
            role={role}
            field={field}
            candidates={candidates.filter((c) => c.role === role)}
            value={choice[field]}
            onChange={(id) => setChoice({ ...choice, [field]: id })}
          />
        ))
      )}
    </ConfirmedForm>
  );
}

function CandidateGroup(props: {
  role: Role;
  field: string;
  candidates: Candidate[];
  value: string;
  onChange: (id: string) => void;
}) {
  const w = useLegalWords();
  const { t } = w;
  const refused = props.candidates.filter((c) => c.refusals.length > 0).length;
  return (
    <fieldset className="gd-fieldset" id={`rr-${props.field}`}>
      <legend>{t(`legal.reviewRoles.${props.role}`)}</legend>
      {props.candidates.length === 0 && <Paragraph>{t('legal.request.nobody')}</Paragraph>}
      {props.candidates.map((c) => {
        const id = `rr-${props.field}-${c.accountId}`;
        const why = c.refusals.map((r) => `${w.safeguard(r.safeguard)}: ${w.issue(r.code)}`).join('; ');
        return (
          <div
            key={c.accountId}
            className={c.refusals.length > 0 ? 'gd-checkbox gd-candidate-refused' : 'gd-checkbox'}
          >
            <RadioButton
              id={id}
              name={`rr-${props.field}`}
              value={c.accountId}
              checked={props.value === c.accountId}
              disabled={c.refusals.length > 0}
              aria-describedby={why ? `${id}-why` : undefined}
              onChange={() => props.onChange(c.accountId)}
            />
            <label htmlFor={id}>
              {c.name}, {c.organisation} ({c.region})
            </label>
            {why && (
              <div id={`${id}-why`} className="gd-muted">
                {t('legal.request.refused', { why })}
              </div>
            )}
          </div>
        );
      })}
      {refused > 0 && (
        <Paragraph className="gd-muted">{t('legal.request.refusedCount', { count: refused })}</Paragraph>
      )}
    </fieldset>
  );
}
