import { TEAM_ROLES, type TeamRole } from '@gezinsdossier/domain';
import {
  Button,
  Checkbox,
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textarea,
} from '@utrecht/component-library-react';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { client, ok, type Schemas } from '../api/client';
import '../casework/i18n-decisions';
import { ConfirmedForm } from '../components/ConfirmedForm';
import { fieldError } from '../components/ErrorSummary';
import { Field } from '../components/Field';

type Policy = Schemas['DecisionPolicies']['items'][number];

/**
 * Administration (issue 10 point 1, AMB-03): per region, which weighty decisions wait for a colleague's
 * review or approval (four eyes), by the team roles that may give it. A change is an explicit form with a
 * reason, confirmed, at the version the administrator saw.
 */
export function DecisionPoliciesSection(props: {
  regions: { id: string; name: string }[];
  onChanged: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="admin-decision-policies">
      <Heading level={2} id="admin-decision-policies">
        {t('decisions.admin.title')}
      </Heading>
      <Paragraph>{t('decisions.admin.intro')}</Paragraph>
      {props.regions.map((r) => (
        <RegionPolicies key={r.id} region={r} onChanged={props.onChanged} />
      ))}
    </section>
  );
}

function RegionPolicies(props: {
  region: { id: string; name: string };
  onChanged: (message: string) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [items, setItems] = useState<Policy[] | null>(null);
  const [editing, setEditing] = useState<Policy['decisionType'] | null>(null);
  const regionId = props.region.id;
  const load = useCallback(async () => {
    const answer = await ok(
      client.GET('/api/v1/admin/regions/{regionId}/decision-policies', { params: { path: { regionId } } }),
    );
    setItems(answer.items);
  }, [regionId]);
  useEffect(() => {
    void load();
  }, [load]);
  const roles = (gate: { roles: TeamRole[] } | null) =>
    gate ? gate.roles.map((r) => t(`decisions.roles.${r}`)).join(', ') : t('decisions.admin.none');
  const headingId = `admin-policies-${regionId}`;
  return (
    <section aria-labelledby={headingId}>
      <Heading level={3} id={headingId}>
        {props.region.name}
      </Heading>
      {items === null ? (
        <Paragraph>{t('app.loading')}</Paragraph>
      ) : (
        <Table>
          <caption className="gd-visually-hidden">
            {t('decisions.admin.title')} — {props.region.name}
          </caption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('decisions.admin.type')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('decisions.admin.review')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('decisions.admin.fourEyes')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('decisions.admin.reason')}</TableHeaderCell>
              <TableHeaderCell scope="col">
                <span className="gd-visually-hidden">{t('decisions.admin.edit')}</span>
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {items.map((p) => (
              <TableRow key={p.decisionType}>
                <TableCell>{t(`decisions.types.${p.decisionType}`)}</TableCell>
                <TableCell>{roles(p.review)}</TableCell>
                <TableCell>{roles(p.fourEyes)}</TableCell>
                <TableCell>{p.reason ?? ''}</TableCell>
                <TableCell>
                  {editing !== p.decisionType && (
                    <Button appearance="subtle-button" onClick={() => setEditing(p.decisionType)}>
                      {t('decisions.admin.edit')}
                      <span className="gd-visually-hidden">
                        {' '}
                        {t(`decisions.types.${p.decisionType}`)} ({props.region.name})
                      </span>
                    </Button>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
      {items
        ?.filter((p) => p.decisionType === editing)
        .map((p) => (
          <PolicyForm
            key={p.decisionType}
            regionId={regionId}
            regionName={props.region.name}
            policy={p}
            onCancel={() => setEditing(null)}
            onDone={async () => {
              setEditing(null);
              await load();
              await props.onChanged(
                t('decisions.admin.saved', {
                  type: t(`decisions.types.${p.decisionType}`),
                  region: props.region.name,
                }),
              );
            }}
          />
        ))}
    </section>
  );
}

function RoleChecks(props: {
  id: string;
  legend: string;
  value: TeamRole[];
  onChange: (value: TeamRole[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <fieldset className="gd-fieldset">
      <legend>{props.legend}</legend>
      {TEAM_ROLES.map((r) => (
        <div className="gd-checkbox" key={r}>
          <Checkbox
            id={`${props.id}-${r}`}
            checked={props.value.includes(r)}
            onChange={(e) =>
              props.onChange(e.target.checked ? [...props.value, r] : props.value.filter((x) => x !== r))
            }
          />
          <label htmlFor={`${props.id}-${r}`}>{t(`decisions.roles.${r}`)}</label>
        </div>
      ))}
    </fieldset>
  );
}

function PolicyForm(props: {
  regionId: string;
  regionName: string;
  policy: Policy;
  onCancel: () => void;
  onDone: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const p = props.policy;
  const [review, setReview] = useState<TeamRole[]>(p.review?.roles ?? []);
  const [fourEyes, setFourEyes] = useState<TeamRole[]>(p.fourEyes?.roles ?? []);
  const [reason, setReason] = useState('');
  const legend = t('decisions.admin.editLegend', {
    type: t(`decisions.types.${p.decisionType}`),
    region: props.regionName,
  });
  return (
    <ConfirmedForm
      legend={legend}
      idPrefix="admin-policy"
      submitLabel={t('decisions.admin.save')}
      onCancel={props.onCancel}
      confirm={{
        title: t('decisions.admin.confirmTitle'),
        body: <Paragraph>{t('decisions.admin.confirmBody')}</Paragraph>,
        confirmLabel: t('decisions.admin.save'),
      }}
      send={() =>
        ok(
          client.PUT('/api/v1/admin/regions/{regionId}/decision-policies/{decisionType}', {
            params: { path: { regionId: props.regionId, decisionType: p.decisionType } },
            body: {
              review: review.length > 0 ? { roles: review } : null,
              fourEyes: fourEyes.length > 0 ? { roles: fourEyes } : null,
              reason,
              version: p.version,
            },
          }),
        )
      }
      onDone={() => void props.onDone()}
    >
      {(error) => (
        <>
          <RoleChecks
            id="admin-policy-review"
            legend={t('decisions.admin.reviewRoles')}
            value={review}
            onChange={setReview}
          />
          <RoleChecks
            id="admin-policy-fourEyes"
            legend={t('decisions.admin.fourEyesRoles')}
            value={fourEyes}
            onChange={setFourEyes}
          />
          <Field
            id="admin-policy-reason"
            label={t('decisions.admin.changeReason')}
            error={fieldError(error, 'reason')}
          >
            {(a) => <Textarea {...a} rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />}
          </Field>
        </>
      )}
    </ConfirmedForm>
  );
}
