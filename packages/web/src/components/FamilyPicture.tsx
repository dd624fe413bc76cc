import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

type Dossier = Schemas['Dossier'];

const W = 760;
const H = 440;
const CX = W / 2;
const CY = H / 2;

/**
 * A picture of household and network in genogram/ecomap style: current members inside the household
 * circle (squares for men, circles for women, diamonds otherwise; adults above, children below; a dashed
 * outline for a member whose current address differs from the household's usual one), partner and parent
 * lines (thick when the parent holds authority), and network members around it (dashed when the household
 * has not agreed to their involvement). The same facts are in the tables, for screen readers.
 */
export function FamilyPicture({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const members = dossier.members.filter((m) => m.isCurrent);
  const adults = members.filter((m) => m.role !== 'CHILD');
  const children = members.filter((m) => m.role === 'CHILD');
  const pos = new Map<string, { x: number; y: number }>();
  const row = (list: typeof members, y: number) => {
    for (const [i, m] of list.entries()) {
      pos.set(m.person.id, { x: CX + (i - (list.length - 1) / 2) * 110, y });
    }
  };
  // The household's usual address is the one most current members live at; others live elsewhere.
  const addressOf = (personId: string) => {
    const a = dossier.addresses.find((x) => x.personId === personId && x.isCurrent);
    return a ? `${a.postcode}|${a.houseNumber}` : null;
  };
  const counts = new Map<string, number>();
  for (const m of members) {
    const a = addressOf(m.person.id);
    if (a) {
      counts.set(a, (counts.get(a) ?? 0) + 1);
    }
  }
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const livesElsewhere = (personId: string) => {
    const a = addressOf(personId);
    return usual !== undefined && a !== null && a !== usual;
  };
  const elsewhere = members.filter((m) => livesElsewhere(m.person.id)).length;
  row(adults, CY - 60);
  row(children, CY + 75);
  const net = dossier.network;
  const netPos = net.map((_, i) => {
    const angle = -Math.PI / 2 + ((i + 0.5) / Math.max(net.length, 1)) * 2 * Math.PI;
    return { x: CX + Math.cos(angle) * 330, y: CY + Math.sin(angle) * 185 };
  });
  const titleId = `picture-title-${dossier.household.id}`;
  const descId = `picture-desc-${dossier.household.id}`;
  return (
    <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-labelledby={`${titleId} ${descId}`} className="gd-picture">
      <title id={titleId}>{t('dossier.picture')}</title>
      <desc id={descId}>
        {t('dossier.pictureDescription', { members: members.length, network: net.length })}
        {elsewhere > 0 && ` ${t('dossier.pictureElsewhere', { count: elsewhere })}`}
      </desc>
      <ellipse cx={CX} cy={CY} rx={250} ry={160} className="gd-picture-household" />
      {netPos.map((p, i) => {
        const n = net[i];
        if (!n) {
          return null;
        }
        return (
          <g key={n.id}>
            <line
              x1={CX}
              y1={CY}
              x2={p.x}
              y2={p.y}
              className={n.involvementAgreedByHousehold ? 'gd-line' : 'gd-line gd-line-dashed'}
            />
            <rect x={p.x - 62} y={p.y - 20} width={124} height={40} rx={8} className="gd-picture-network" />
            <text x={p.x} y={p.y - 3} textAnchor="middle" className="gd-picture-label">
              {n.displayName.length > 18 ? `${n.displayName.slice(0, 17)}…` : n.displayName}
            </text>
            <text x={p.x} y={p.y + 13} textAnchor="middle" className="gd-picture-sub">
              {t(`network.${n.relation}`)}
            </text>
          </g>
        );
      })}
      {dossier.relations.map((r) => {
        const a = pos.get(r.fromPersonId);
        const b = pos.get(r.toPersonId);
        if (!a || !b || r.to) {
          return null;
        }
        const isPartner = r.kind === 'PARTNER_OF';
        return (
          <line
            key={r.id}
            x1={a.x}
            y1={a.y}
            x2={b.x}
            y2={b.y}
            className={
              isPartner
                ? 'gd-line gd-line-partner'
                : r.hasParentalAuthority
                  ? 'gd-line gd-line-authority'
                  : 'gd-line'
            }
          />
        );
      })}
      {members.map((m) => {
        const p = pos.get(m.person.id);
        if (!p) {
          return null;
        }
        const away = livesElsewhere(m.person.id);
        const shapeClass = away ? 'gd-picture-person gd-picture-elsewhere' : 'gd-picture-person';
        const shape =
          m.person.gender === 'MALE' ? (
            <rect x={p.x - 22} y={p.y - 22} width={44} height={44} className={shapeClass} />
          ) : m.person.gender === 'FEMALE' ? (
            <circle cx={p.x} cy={p.y} r={23} className={shapeClass} />
          ) : (
            <polygon
              points={`${p.x},${p.y - 26} ${p.x + 26},${p.y} ${p.x},${p.y + 26} ${p.x - 26},${p.y}`}
              className={shapeClass}
            />
          );
        return (
          <g key={m.membershipId}>
            {shape}
            <text x={p.x} y={p.y + 5} textAnchor="middle" className="gd-picture-age">
              {m.person.age ?? '?'}
            </text>
            <text x={p.x} y={p.y + 42} textAnchor="middle" className="gd-picture-label">
              {m.person.givenName}
            </text>
            {away && (
              <text x={p.x} y={p.y + 56} textAnchor="middle" className="gd-picture-sub">
                {t('dossier.livesElsewhere')}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
