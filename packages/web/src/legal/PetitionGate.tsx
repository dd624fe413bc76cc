import { Heading, Paragraph } from '@utrecht/component-library-react';
import { Link } from 'react-router';
import { sectionPath } from '../dossier/sections';
import { type GateLine, gateLines } from './gate';
import { type Petition, useLegalWords } from './words';

/** Moves to a part of the document: scrolls it into view and gives it focus, so the keyboard goes on there. */
function goTo(id: string) {
  const element = document.getElementById(id);
  if (element) {
    element.scrollIntoView({ block: 'start' });
    element.focus();
  }
}

/**
 * "Wat ontbreekt nog" (spec §6.4): every point that still blocks filing, named by its safeguard, with what it
 * is about; each links to the part of the petition that fixes it (facts are verified on the path section).
 */
export function PetitionGate(props: { petition: Petition; householdId: string }) {
  const w = useLegalWords();
  const { t } = w;
  const lines = gateLines(props.petition, props.petition.gate, t, w.language);
  return (
    <section aria-labelledby="gate-title" className="gd-card">
      <Heading level={2} id="gate-title" tabIndex={-1}>
        {t('legal.gate.title')}
      </Heading>
      {lines.length === 0 ? (
        <Paragraph>{t('legal.gate.nothing')}</Paragraph>
      ) : (
        <>
          <Paragraph>{t('legal.gate.intro', { count: lines.length })}</Paragraph>
          <ul className="gd-list gd-gate" aria-labelledby="gate-title">
            {lines.map((l) => (
              <li key={l.key}>
                <GateEntry line={l} householdId={props.householdId} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function GateEntry({ line, householdId }: { line: GateLine; householdId: string }) {
  const { t } = useLegalWords();
  const text = (
    <>
      <strong>{line.safeguard}</strong>: {line.what}
      {line.about && <> — {line.about}</>}
    </>
  );
  if (line.target.kind === 'facts') {
    return (
      <>
        {text}. <Link to={sectionPath(householdId, 'pad')}>{t('legal.gate.fixInFacts')}</Link>
      </>
    );
  }
  const id = line.target.id;
  return (
    <>
      {text}.{' '}
      <a
        href={`#${id}`}
        onClick={(e) => {
          e.preventDefault();
          goTo(id);
        }}
      >
        {t('legal.gate.fix')}
        <span className="gd-visually-hidden">: {line.what}</span>
      </a>
    </>
  );
}
