import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

/**
 * The family plan at a glance: per life domain the latest 1–5 self-sufficiency score as a bar of five
 * blocks, with where it started. Domains without scores are left out. Labelled for screen readers.
 */
export function FamilyPlanPicture({ plan }: { plan: Schemas['Casework']['familyPlan'] }) {
  const { t, i18n } = useTranslation();
  const label = (code: string) => {
    const d = plan.lifeDomains.find((x) => x.code === code);
    return d ? (i18n.language === 'nl' ? d.labelNl : d.labelEn) : code;
  };
  const byDomain = new Map<string, number[]>();
  for (const s of plan.scores) {
    byDomain.set(s.lifeDomain, [...(byDomain.get(s.lifeDomain) ?? []), s.score]);
  }
  if (byDomain.size === 0) {
    return <p className="gd-muted">{t('casework.plan.pictureEmpty')}</p>;
  }
  const rows = [...byDomain.entries()].map(([code, scores]) => ({
    code,
    first: scores[0] ?? 0,
    latest: scores.at(-1) ?? 0,
  }));
  const described = rows
    .map((r) => t('casework.plan.trend', { domain: label(r.code), from: r.first, to: r.latest }))
    .join('; ');
  const rowHeight = 30;
  const fill = (score: number) => ['#b91c1c', '#ea580c', '#ca8a04', '#65a30d', '#15803d'][score - 1];
  return (
    <figure className="gd-plan-picture">
      <figcaption>{t('casework.plan.picture')}</figcaption>
      <svg
        role="img"
        aria-label={`${t('casework.plan.picture')}: ${described}`}
        width="100%"
        viewBox={`0 0 560 ${rows.length * rowHeight + 8}`}
      >
        {rows.map((r, i) => (
          <g key={r.code} transform={`translate(0 ${i * rowHeight + 4})`}>
            <text x="0" y="18" fontSize="14">
              {label(r.code)}
            </text>
            {[1, 2, 3, 4, 5].map((n) => (
              <rect
                key={n}
                x={260 + (n - 1) * 44}
                y="4"
                width="40"
                height="20"
                rx="3"
                fill={n <= r.latest ? fill(r.latest) : '#e5e7eb'}
                stroke={n === r.first ? '#111827' : 'none'}
                strokeWidth={n === r.first ? 2 : 0}
              />
            ))}
            <text x="484" y="18" fontSize="13">
              {r.first === r.latest ? `${r.latest}` : `${r.first} → ${r.latest}`}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
