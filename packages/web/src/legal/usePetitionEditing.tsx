import type { ReactNode } from 'react';
import type { Schemas } from '../api/client';
import { usePanels } from '../components/panels';
import { quoteFact } from './gate';
import {
  AlternativeForm,
  ConsultationForm,
  GroundForm,
  HearingAttemptForm,
  RemoveAlternativeAction,
  RemoveGroundAction,
} from './forms-petition';
import {
  ChangeMeasureForm,
  ChildInterestForm,
  ChildVoiceForm,
  FamilySummaryForm,
  LegalAdviceForm,
  ProportionalityForm,
} from './forms-petition-parts';
import { SupportOfferForm } from './forms-legal-route';
import type { PetitionEditing } from './PetitionDocument';
import { type Petition, useLegalWords } from './words';

/**
 * The builder's buttons and forms for each part of the petition document (KT6). One form is open at a time;
 * each opens on its button and saves on its own button, at the version of the petition the author saw.
 * Nothing is offered once the petition left the draft (`abilities.edit`).
 */
export function usePetitionEditing(args: {
  householdId: string;
  petition: Petition;
  casework: Schemas['Casework'] | null;
  dossier: Schemas['Dossier'];
  reload: () => Promise<void>;
}): PetitionEditing | undefined {
  const { t } = useLegalWords();
  const panels = usePanels();
  const { householdId, petition, casework, dossier } = args;
  if (!petition.abilities.edit) {
    return undefined;
  }
  const { opener, slot } = panels;
  const done = () => {
    panels.done();
    void args.reload();
  };
  const common = { householdId, petition, onDone: done, onCancel: panels.cancel };
  const isAdult = (id: string) => (petition.persons.find((x) => x.personId === id)?.age ?? 18) >= 18;
  // A button per part; where its label repeats ("Schrijven"), the part's title completes its name and the
  // message after saving.
  const part = (key: string, label: string, form: ReactNode, what?: string) => (
    <>
      {opener(key, label, what ? { hidden: what, what } : undefined)}
      {slot(key, form)}
    </>
  );
  return {
    measure: part(
      'measure',
      t('legal.start.change'),
      <ChangeMeasureForm {...common} members={dossier.members} relations={dossier.relations} />,
    ),
    grounds: part('ground', t('legal.ground.add'), <GroundForm {...common} facts={casework?.facts ?? []} />),
    ground: (g) => {
      const name = t('legal.doc.groundNumber', { number: g.position });
      return (
        <>
          <div className="gd-actions">
            {opener(`ground:${g.id}`, t('legal.ground.changeShort'), { hidden: name })}
            <RemoveGroundAction
              householdId={householdId}
              petition={petition}
              ground={g}
              onDone={args.reload}
            />
          </div>
          {slot(`ground:${g.id}`, <GroundForm {...common} facts={casework?.facts ?? []} ground={g} />)}
        </>
      );
    },
    fact: (g, f) => {
      const heard = new Set([...f.responses, ...f.hearingAttempts].map((x) => x.personId));
      const unheard = petition.persons.some((x) => isAdult(x.personId) && !heard.has(x.personId));
      const key = `hear:${g.id}:${f.factId}`;
      return (
        <>
          {unheard && opener(key, t('legal.hearing.open'), { hidden: quoteFact(f.statement) })}
          {slot(key, <HearingAttemptForm {...common} fact={f} />)}
        </>
      );
    },
    alternatives: part(
      'alternative',
      t('legal.alternative.add'),
      <AlternativeForm {...common} interventions={casework?.interventions ?? []} />,
    ),
    alternative: (a) => (
      <RemoveAlternativeAction
        householdId={householdId}
        petition={petition}
        alternative={a}
        onDone={args.reload}
      />
    ),
    proportionality: part(
      'proportionality',
      petition.proportionality ? t('legal.change') : t('legal.write'),
      <ProportionalityForm {...common} />,
      t('legal.doc.proportionality'),
    ),
    childInterest: part(
      'childInterest',
      petition.childInterest ? t('legal.change') : t('legal.write'),
      <ChildInterestForm {...common} />,
      t('legal.doc.childInterest'),
    ),
    childVoice: (childId) => {
      const name = petition.persons.find((x) => x.personId === childId)?.name ?? '';
      const saved = petition.childVoices.some((v) => v.childId === childId);
      return part(
        `voice:${childId}`,
        saved ? t('legal.voice.change', { name }) : t('legal.voice.record', { name }),
        <ChildVoiceForm {...common} childId={childId} childName={name} />,
      );
    },
    consultations: part('consultation', t('legal.consultation.add'), <ConsultationForm {...common} />),
    legalAdvice: part(
      'legalAdvice',
      petition.legalAdvice ? t('legal.change') : t('legal.write'),
      <LegalAdviceForm {...common} />,
      t('legal.doc.legalAdvice'),
    ),
    support: part(
      'support',
      t('legal.support.offer'),
      <SupportOfferForm
        householdId={householdId}
        members={dossier.members
          .filter((m) => m.isCurrent)
          .map((m) => ({ id: m.person.id, name: `${m.person.givenName} ${m.person.familyName}` }))}
        onDone={done}
        onCancel={panels.cancel}
      />,
    ),
    familySummary: part(
      'familySummary',
      petition.familySummary ? t('legal.change') : t('legal.write'),
      <FamilySummaryForm {...common} />,
      t('legal.doc.familySummary'),
    ),
  };
}
