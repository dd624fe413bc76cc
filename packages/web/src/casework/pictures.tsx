import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

type Plan = Schemas['Casework']['familyPlan'];
const SERIES = ['PROFESSIONAL', 'FAMILY'] as const;

/**
 * The family plan at a glance: per life domain the latest 1–5 self-sufficiency score as a bar of five
 * blocks, with where it started — the professional's scores and the family's own as separate series, so a
 * professional's 2 and the family's 3 given at the same moment never read as an improvement "2 → 3"
 * (issue 9.6). Domains without scores are left out. Colours come from the theme; the numbers are written too.
 */
export function FamilyPlanPicture({ plan }: { plan: Plan }) {
  const { t, i18n } = useTranslation();
  const label = (code: string) => {
    const d = plan.lifeDomains.find((x) => x.code === code);
    return d ? (i18n.language === 'nl' ? d.labelNl : d.labelEn) : code;
  };
  const ordered = [...plan.scores].sort((a, b) => a.scoredAt.localeCompare(b.scoredAt));
  const byDomain = new Map<string, Map<(typeof SERIES)[number], number[]>>();
  for (const s of ordered) {
    const series = byDomain.get(s.lifeDomain) ?? new Map();
    series.set(s.scoredBy, [...(series.get(s.scoredBy) ?? []), s.score]);
    byDomain.set(s.lifeDomain, series);
  }
  if (byDomain.size === 0) {
    return <p className="gd-muted">{t('casework.plan.pictureEmpty')}</p>;
  }
  const rows = [...byDomain.entries()].flatMap(([code, series]) =>
    SERIES.flatMap((by, i) => {
      const scores = series.get(by);
      return scores
        ? [
            {
              code,
              by,
              first: scores[0] ?? 0,
              latest: scores.at(-1) ?? 0,
              firstOfDomain: i === 0 || !series.has('PROFESSIONAL'),
            },
          ]
        : [];
    }),
  );
  const trend = (r: (typeof rows)[number]) =>
    r.first === r.latest ? `${r.latest}` : `${r.first} → ${r.latest}`;
  const described = rows
    .map((r) =>
      t('casework.plan.trendBy', {
        domain: label(r.code),
        by: t(`casework.plan.series.${r.by}`),
        from: r.first,
        to: r.latest,
      }),
    )
    .join('; ');
  const rowHeight = 28;
  return (
    <figure className="gd-plan-picture">
      <figcaption>{t('casework.plan.picture')}</figcaption>
      <svg
        role="img"
        aria-label={`${t('casework.plan.picture')}: ${described}`}
        width="100%"
        viewBox={`0 0 640 ${rows.length * rowHeight + 8}`}
      >
        {rows.map((r, i) => (
          <g key={`${r.code}-${r.by}`} transform={`translate(0 ${i * rowHeight + 4})`}>
            {r.firstOfDomain && (
              <text x="0" y="18" className="gd-plan-domain">
                {label(r.code)}
              </text>
            )}
            <text x="200" y="18" className="gd-plan-series">
              {t(`casework.plan.series.${r.by}`)}
            </text>
            {[1, 2, 3, 4, 5].map((n) => (
              <rect
                key={n}
                x={310 + (n - 1) * 44}
                y="4"
                width="40"
                height="20"
                rx="3"
                className={`gd-plan-block ${n <= r.latest ? `gd-plan-block-${r.by.toLowerCase()}` : ''} ${n === r.first ? 'gd-plan-block-first' : ''}`}
              />
            ))}
            <text x="535" y="18" className="gd-plan-series">
              {trend(r)}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
