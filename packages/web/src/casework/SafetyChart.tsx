import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { Schemas } from '../api/client';

/** Line colours from the theme tokens (issue 9.9), distinct enough to tell the lines apart. */
const LINE_COLOURS = [
  'var(--basis-color-info-color-default)',
  'var(--basis-color-warning-color-default)',
  'var(--basis-color-positive-color-default)',
  'var(--basis-color-accent-1-color-default)',
  'var(--basis-color-negative-color-default)',
  'var(--basis-color-default-color-document)',
];

/**
 * The safety judgements over time as a line chart: the professional's 0–10 judgement and each family
 * member's own, so disagreement is visible at a glance. A text summary carries the same for screen readers.
 */
export default function SafetyChart({
  assessments,
  members,
}: {
  assessments: Schemas['SafetyAssessment'][];
  members: Schemas['Member'][];
}) {
  const { t, i18n } = useTranslation();
  if (assessments.length === 0) {
    return null;
  }
  const nameOf = (id: string) => {
    const m = members.find((x) => x.person.id === id);
    return m ? m.person.givenName : '?';
  };
  const people = [...new Set(assessments.flatMap((a) => a.familyScores.map((f) => f.personId)))];
  const professional = t('casework.safety.professional');
  const data = assessments.map((a) => ({
    date: new Date(a.assessedAt).toLocaleDateString(i18n.language === 'nl' ? 'nl-NL' : 'en-GB'),
    [professional]: a.professionalScore,
    ...Object.fromEntries(a.familyScores.map((f) => [nameOf(f.personId), f.score])),
  }));
  const latest = assessments.at(-1);
  const summary = t('casework.safety.chartSummary', {
    score: latest?.professionalScore,
    count: assessments.length,
  });
  return (
    <figure className="gd-chart">
      <figcaption>
        {t('casework.safety.chart')}. {summary}
      </figcaption>
      <div role="img" aria-label={`${t('casework.safety.chart')}. ${summary}`}>
        <LineChart width={640} height={260} data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="date" />
          <YAxis domain={[0, 10]} ticks={[0, 2, 4, 6, 8, 10]} />
          <Tooltip />
          <Legend />
          {[professional, ...people.map(nameOf)].map((name, i) => (
            <Line
              key={name}
              type="monotone"
              dataKey={name}
              stroke={LINE_COLOURS[i % LINE_COLOURS.length]}
              strokeWidth={name === professional ? 3 : 2}
              strokeDasharray={name === professional ? undefined : '6 3'}
              connectNulls
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </div>
    </figure>
  );
}
