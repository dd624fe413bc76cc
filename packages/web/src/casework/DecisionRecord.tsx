import { APPEAL_ROUTES } from '@gezinsdossier/domain';
import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

/** The order in which judgements are read: what was established (E-2, E-3, E-5), then the table's questions. */
const QUESTION_ORDER = [
  'willingToReduce',
  'expectedToReduceInTime',
  'urgentSafetyNeeded',
  'factsOfConcern',
  'managesWithSupport',
  'wantsHelp',
  'helpSeemsNeeded',
  'factsRemain',
  'householdLikelyManages',
  'worriesSerious',
  'disagreement',
  'unclarityRemains',
  'worriesUndiminished',
];

const rank = (question: string) => {
  const i = QUESTION_ORDER.indexOf(question);
  return i === -1 ? QUESTION_ORDER.length : i;
};

/**
 * What a decision rested on, for the reviewer and the family: the concerns it is about, every judgement
 * with its rationale and the household's view, how the concerns can be reduced, the decision table's
 * proposal, the reason to deviate, and the decision's own rationale.
 */
export function DecisionRecord({
  decision,
  concerns,
}: {
  decision: Schemas['Decision'];
  concerns: Schemas['Concern'][];
}) {
  const { t, i18n } = useTranslation();
  const judgements = [...decision.judgements].sort((a, b) => rank(a.question) - rank(b.question));
  const about = concerns.filter((c) => decision.concernIds.includes(c.id));
  return (
    <details className="gd-decision">
      <summary>{t('casework.investigation.grounds')}</summary>
      <dl>
        {about.length > 0 && (
          <div>
            <dt>{t('casework.investigation.concernsLabel')}</dt>
            <dd>
              {about.map((c) => `${t(`casework.concernTypes.${c.type}`)}: ${c.description}`).join('; ')}
            </dd>
          </div>
        )}
        {judgements.map((j) => (
          <div key={j.question}>
            <dt>
              {t(`casework.questions.${j.question}`, {
                defaultValue: t('casework.investigation.otherQuestion'),
              })}
            </dt>
            <dd>
              <strong>{t(`casework.judgements.${j.value}`)}</strong> — {j.rationale}
              {j.householdView && (
                <>
                  {' '}
                  <em>
                    ({t('casework.investigation.householdView')} {j.householdView})
                  </em>
                </>
              )}
            </dd>
          </div>
        ))}
        {decision.reducibleVia.length > 0 && (
          <div>
            <dt>{t('casework.investigation.reducibleVia')}</dt>
            <dd>{decision.reducibleVia.map((r) => t(`casework.reducibleVia.${r}`)).join(', ')}</dd>
          </div>
        )}
        <div>
          <dt>{t('casework.investigation.tableSaid')}</dt>
          <dd>
            {decision.proposal.options.length === 0
              ? t('casework.investigation.gap')
              : decision.proposal.options.map((o) => t(`casework.outcomes.${o}`)).join(' / ')}
          </dd>
        </div>
        <div>
          <dt>{t('casework.investigation.outcome')}</dt>
          <dd>
            {t(`casework.outcomes.${decision.outcome}`)}
            {decision.deviates && ` (${t('casework.investigation.deviated')})`}
          </dd>
        </div>
        {decision.deviationReason && (
          <div>
            <dt>{t('casework.investigation.deviationReason')}</dt>
            <dd>{decision.deviationReason}</dd>
          </div>
        )}
        {decision.rationale && (
          <div>
            <dt>{t('casework.investigation.decisionRationale')}</dt>
            <dd>{decision.rationale}</dd>
          </div>
        )}
        {decision.householdView && (
          <div>
            <dt>{t('casework.investigation.decisionHouseholdView')}</dt>
            <dd>{decision.householdView}</dd>
          </div>
        )}
        <div>
          <dt>{t('casework.investigation.appealRoute')}</dt>
          <dd>{APPEAL_ROUTES[decision.appealRoute][i18n.language === 'en' ? 'en' : 'nl']}</dd>
        </div>
      </dl>
    </details>
  );
}
