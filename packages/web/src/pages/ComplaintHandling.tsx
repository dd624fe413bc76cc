import { Alert, Heading, Paragraph } from '@utrecht/component-library-react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApiError, client, ok, type Schemas } from '../api/client';
import { useComplaintAssignments } from '../components/complaint-assignments';
import { useDocumentTitle } from '../components/page-title';
import { usePanels } from '../components/panels';
import {
  ComplaintItem,
  DecideForm,
  dayIn,
  ExtendForm,
  useComplaintWords,
  useLanguage,
} from '../legal/complaint-parts';

type Complaint = Schemas['Complaint'];

/**
 * One complaint to handle (KT9-R3, LS-15), `/klachten/:householdId/:complaintId`: the complaint as the
 * independent handler may see it (what the family said, its terms, the AKJ's support), and the handler's two
 * weighty actions, each confirmed: extend the term once, with a reason, and decide. Deciding ends the
 * handler's access, so what follows is a receipt; a complaint that can no longer be read (decided, withdrawn,
 * given to someone else) says so, without an error.
 */
export function ComplaintHandling() {
  const { householdId = '', complaintId = '' } = useParams();
  const { t } = useTranslation();
  const w = useComplaintWords();
  const [complaint, setComplaint] = useState<Complaint | null>(null);
  const [gone, setGone] = useState(false);
  const [failed, setFailed] = useState<string | null>(null);
  const [decided, setDecided] = useState<Schemas['ComplaintDecided'] | null>(null);
  const assignments = useComplaintAssignments();
  const load = useCallback(async () => {
    try {
      setComplaint(
        await ok(
          client.GET('/api/v1/households/{householdId}/complaints/{complaintId}', {
            params: { path: { householdId, complaintId } },
          }),
        ),
      );
      setFailed(null);
    } catch (error) {
      if (error instanceof ApiError && [400, 403, 404].includes(error.status)) {
        setGone(true);
        return;
      }
      setFailed(error instanceof Error ? error.message : String(error));
    }
  }, [householdId, complaintId]);
  useEffect(() => {
    void load();
  }, [load]);
  useDocumentTitle(
    decided
      ? w.handling.decidedTitle
      : complaint
        ? w.handling.complaintTitle(w.subjects[complaint.subject])
        : null,
  );
  if (decided) {
    return <Receipt decided={decided} />;
  }
  if (gone) {
    return (
      <>
        <Heading level={1}>{w.handling.title}</Heading>
        <Paragraph>{w.handling.gone}</Paragraph>
        <Paragraph>
          <Link to="/klachten">{w.handling.back}</Link>
        </Paragraph>
      </>
    );
  }
  if (failed) {
    return <Alert type="error">{failed}</Alert>;
  }
  if (!complaint) {
    return <Paragraph>{t('app.loading')}</Paragraph>;
  }
  return (
    <HandlingView
      householdId={householdId}
      complaint={complaint}
      onChanged={load}
      onDecided={(receipt) => {
        setDecided(receipt);
        // The navigation and the list follow: the decided complaint is no longer the handler's.
        assignments.reload().catch(() => undefined);
      }}
    />
  );
}

function HandlingView(props: {
  householdId: string;
  complaint: Complaint;
  onChanged: () => Promise<void>;
  onDecided: (receipt: Schemas['ComplaintDecided']) => void;
}) {
  const w = useComplaintWords();
  const p = usePanels();
  const c = props.complaint;
  const common = { householdId: props.householdId, w, onCancel: p.cancel };
  const open = c.status !== 'DECIDED' && c.status !== 'WITHDRAWN';
  return (
    <>
      <Paragraph>
        <Link to="/klachten">{w.handling.back}</Link>
      </Paragraph>
      <Heading level={1}>{w.handling.complaintTitle(w.subjects[c.subject])}</Heading>
      <Paragraph>{w.handling.role}</Paragraph>
      <Paragraph>{w.akjRole}</Paragraph>
      <div className="gd-casework">
        <ComplaintItem complaint={c} members={[]} w={w} headingLevel={2}>
          {c.abilities.extend && p.opener('extend', w.actions.extend)}
          {c.abilities.decide &&
            p.opener('decide', w.actions.decide, { appearance: 'primary-action-button' })}
          {p.slot(
            'extend',
            <ExtendForm
              {...common}
              complaint={c}
              onDone={() => {
                p.done(w.forms.extendedReceipt);
                void props.onChanged();
              }}
            />,
          )}
          {p.slot('decide', <DecideForm {...common} complaint={c} onDone={props.onDecided} />)}
        </ComplaintItem>
        {open && !c.abilities.decide && c.acknowledgedOn === null && (
          <Paragraph>{w.handling.waitForAcknowledgement}</Paragraph>
        )}
      </div>
    </>
  );
}

/** After the decision: what was recorded, and that the complaint can no longer be read. */
function Receipt({ decided }: { decided: Schemas['ComplaintDecided'] }) {
  const w = useComplaintWords();
  const language = useLanguage();
  const title = useRef<HTMLHeadingElement>(null);
  // The complaint and its forms are gone: focus the receipt's title, where the handler goes on.
  useEffect(() => title.current?.focus(), []);
  return (
    <>
      <Heading level={1} tabIndex={-1} ref={title}>
        {w.handling.decidedTitle}
      </Heading>
      <Paragraph role="status">
        {w.handling.decided(w.outcomes[decided.outcome], dayIn(decided.decidedOn, language))}
      </Paragraph>
      <Paragraph>{w.handling.decidedAccess}</Paragraph>
      <Paragraph>
        <Link to="/klachten">{w.handling.back}</Link>
      </Paragraph>
    </>
  );
}
