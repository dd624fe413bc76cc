import { useTranslation } from 'react-i18next';
import type { DecisionRecordData, RecordedJudgement } from './types';

const ESTABLISHED = ['willingToReduce', 'expectedToReduceInTime', 'urgentSafetyNeeded'] as const;
const QUESTIONS = [
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
] as const;

const isJudgement = (v: unknown): v is RecordedJudgement =>
  typeof v === 'object' && v !== null && 'value' in v && 'rationale' in v;

/**
 * What a decision rested on, for the reviewer and the family: every judgement with its rationale and the
 * household's view, the table's proposal, the reason to deviate, the decision's rationale.
 */
export function DecisionRecord({ record }: { record: DecisionRecordData }) {
  const { t } = useTranslation();
  const rows: [string, RecordedJudgement][] = [];
  for (const q of ESTABLISHED) {
    const j = record.establishment?.[q];
    if (isJudgement(j)) {
      rows.push([q, j]);
    }
  }
  for (const q of QUESTIONS) {
    const j = record[q];
    if (isJudgement(j)) {
      rows.push([q, j]);
    }
  }
  return (
    <details className="gd-decision">
      <summary>{t('casework.investigation.grounds')}</summary>
      <dl>
        {rows.map(([q, j]) => (
          <div key={q}>
            <dt>{t(`casework.questions.${q}`)}</dt>
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
        {record.establishment?.reducibleVia && (
          <div>
            <dt>{t('casework.investigation.reducibleVia')}</dt>
            <dd>
              {record.establishment.reducibleVia.map((r) => t(`casework.reducibleVia.${r}`)).join(', ')}
            </dd>
          </div>
        )}
        {record.proposal && (
          <div>
            <dt>{t('casework.investigation.tableSaid')}</dt>
            <dd>
              {record.proposal.options.length === 0
                ? t('casework.investigation.gap')
                : `${record.proposal.rule}: ${record.proposal.options.map((o) => t(`casework.outcomes.${o}`)).join(' / ')}`}
            </dd>
          </div>
        )}
        {record.deviationReason && (
          <div>
            <dt>{t('casework.investigation.deviationReason')}</dt>
            <dd>{record.deviationReason}</dd>
          </div>
        )}
        {record.rationale && (
          <div>
            <dt>{t('casework.investigation.decisionRationale')}</dt>
            <dd>{record.rationale}</dd>
          </div>
        )}
        {record.householdView && (
          <div>
            <dt>{t('casework.investigation.decisionHouseholdView')}</dt>
            <dd>{record.householdView}</dd>
          </div>
        )}
      </dl>
    </details>
  );
}
