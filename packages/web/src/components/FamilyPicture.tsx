import { useTranslation } from 'react-i18next';
import type { Schemas } from '../api/client';

type Dossier = Schemas['Dossier'];
type Member = Dossier['members'][number];

const W = 760;
const H = 460;
const CX = W / 2;
const ADULTS_Y = 150;
const CHILDREN_Y = 320;
const SPACING = 120;
/** Relations from a parent figure to a child: they hang the child below that adult. */
const PARENT_KINDS = new Set(['PARENT_OF', 'STEP_PARENT_OF', 'FOSTER_PARENT_OF', 'GUARDIAN_OF']);

/** Wraps a name over at most three lines of about `max` characters, at spaces; only beyond that is it cut. */
function wrapLines(text: string, max = 20, maxLines = 3): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= max || !line) {
      line = candidate;
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) {
    lines.push(line);
  }
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    kept[maxLines - 1] = `${kept[maxLines - 1]?.slice(0, max - 1)}…`;
    return kept;
  }
  return lines;
}

/**
 * The household and its network as a genogram with an ecomap around it (issue 9.6). Generations in rows
 * (adults above, children below); squares for men, circles for women, diamonds otherwise; partners joined by a
 * line, their children hanging from one sibling line below the couple; a thick line from a parent who holds
 * parental authority; a dashed outline for someone living at another address — also a parent who moved out but
 * still holds authority over a child here; network members around the household, a dashed line when the
 * household has not agreed to their involvement. A legend explains each sign. At phone width a list replaces
 * the picture. The same facts are in the tables, for screen readers.
 */
export function FamilyPicture({ dossier }: { dossier: Dossier }) {
  const { t } = useTranslation();
  const current = dossier.members.filter((m) => m.isCurrent);
  const currentIds = new Set(current.map((m) => m.person.id));
  const relations = dossier.relations.filter((r) => !r.to);
  const children = current.filter((m) => m.role === 'CHILD');
  const childIds = new Set(children.map((m) => m.person.id));
  // A parent who moved out but still holds authority over a child here belongs in the picture (issue 9.6).
  const absentParents = dossier.members.filter(
    (m) =>
      !m.isCurrent &&
      !currentIds.has(m.person.id) &&
      relations.some(
        (r) => r.fromPersonId === m.person.id && childIds.has(r.toPersonId) && r.hasParentalAuthority,
      ),
  );
  const absentIds = new Set(absentParents.map((m) => m.person.id));
  const uniqueAbsent = absentParents.filter(
    (m, i) => absentParents.findIndex((x) => x.person.id === m.person.id) === i,
  );
  const adults = [...current.filter((m) => m.role !== 'CHILD'), ...uniqueAbsent];

  // Order the adults so that the parents of the same children stand next to each other.
  const parentsOf = (childId: string) =>
    relations
      .filter((r) => PARENT_KINDS.has(r.kind) && r.toPersonId === childId)
      .map((r) => r.fromPersonId)
      .filter((id) => adults.some((a) => a.person.id === id))
      .sort();
  const groups = new Map<string, { parents: string[]; children: Member[] }>();
  for (const c of children) {
    const parents = parentsOf(c.person.id);
    const key = parents.join('+');
    const group = groups.get(key) ?? { parents, children: [] };
    group.children.push(c);
    groups.set(key, group);
  }
  const orderedAdults: Member[] = [];
  for (const g of groups.values()) {
    for (const id of g.parents) {
      const a = adults.find((x) => x.person.id === id);
      if (a && !orderedAdults.includes(a)) {
        orderedAdults.push(a);
      }
    }
  }
  for (const a of adults) {
    if (!orderedAdults.includes(a)) {
      orderedAdults.push(a);
    }
  }
  const pos = new Map<string, { x: number; y: number }>();
  const row = (list: Member[], y: number) => {
    for (const [i, m] of list.entries()) {
      pos.set(m.person.id, { x: CX + (i - (list.length - 1) / 2) * SPACING, y });
    }
  };
  row(orderedAdults, ADULTS_Y);
  // Children in the order of their parent groups, so each sibling line stays under its parents.
  row(
    [...groups.values()].flatMap((g) => g.children),
    CHILDREN_Y,
  );

  // The household's usual address is the one most current members live at; others live elsewhere.
  const addressOf = (personId: string) => {
    const a = dossier.addresses.find((x) => x.personId === personId && x.isCurrent);
    return a ? `${a.postcode}|${a.houseNumber}` : null;
  };
  const counts = new Map<string, number>();
  for (const m of current) {
    const a = addressOf(m.person.id);
    if (a) {
      counts.set(a, (counts.get(a) ?? 0) + 1);
    }
  }
  const usual = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const livesElsewhere = (personId: string) => {
    if (absentIds.has(personId)) {
      return true;
    }
    const a = addressOf(personId);
    return usual !== undefined && a !== null && a !== usual;
  };
  const holdsAuthority = (parentId: string, group: { children: Member[] }) =>
    relations.some(
      (r) =>
        r.fromPersonId === parentId &&
        r.hasParentalAuthority &&
        group.children.some((c) => c.person.id === r.toPersonId),
    );

  const net = dossier.network;
  const netPos = net.map((_, i) => {
    const angle = -Math.PI / 2 + ((i + 0.5) / Math.max(net.length, 1)) * 2 * Math.PI;
    return { x: CX + Math.cos(angle) * 320, y: (ADULTS_Y + CHILDREN_Y) / 2 + Math.sin(angle) * 190 };
  });
  const partners = relations.filter(
    (r) => r.kind === 'PARTNER_OF' && pos.has(r.fromPersonId) && pos.has(r.toPersonId),
  );
  const titleId = `picture-title-${dossier.household.id}`;
  const descId = `picture-desc-${dossier.household.id}`;
  const elsewhere = orderedAdults.concat(children).filter((m) => livesElsewhere(m.person.id)).length;
  const people = [...orderedAdults, ...children];
  return (
    <div className="gd-family-picture">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        className="gd-picture"
      >
        <title id={titleId}>{t('dossier.picture')}</title>
        <desc id={descId}>
          {t('dossier.pictureDescription', { members: current.length, network: net.length })}
          {elsewhere > 0 && ` ${t('dossier.pictureElsewhere', { count: elsewhere })}`}
        </desc>
        <ellipse
          cx={CX}
          cy={(ADULTS_Y + CHILDREN_Y) / 2}
          rx={260}
          ry={170}
          className="gd-picture-household"
        />
        {/* Lines first, so that shapes and names are drawn over them. */}
        {netPos.map((p, i) => {
          const n = net[i];
          return n ? (
            <line
              key={`l-${n.id}`}
              x1={CX}
              y1={(ADULTS_Y + CHILDREN_Y) / 2}
              x2={p.x}
              y2={p.y}
              className={n.involvementAgreedByHousehold ? 'gd-line' : 'gd-line gd-line-dashed'}
            />
          ) : null;
        })}
        {partners.map((r) => {
          const a = pos.get(r.fromPersonId);
          const b = pos.get(r.toPersonId);
          return a && b ? (
            <line key={r.id} x1={a.x} y1={a.y} x2={b.x} y2={b.y} className="gd-line gd-line-partner" />
          ) : null;
        })}
        {[...groups.values()].map((g) => {
          const parents = g.parents.map((id) => ({ id, p: pos.get(id) })).filter((x) => x.p);
          const kids = g.children.map((c) => pos.get(c.person.id)).filter((p) => p !== undefined);
          if (parents.length === 0 || kids.length === 0) {
            return null;
          }
          const coupleY = ADULTS_Y + 55;
          const siblingY = CHILDREN_Y - 55;
          const xs = parents.map((x) => x.p?.x ?? CX);
          const mid = (Math.min(...xs) + Math.max(...xs)) / 2;
          const kidXs = kids.map((k) => k.x);
          return (
            <g key={g.parents.join('+') || 'none'}>
              {parents.map(({ id, p }) => (
                <line
                  key={id}
                  x1={p?.x}
                  y1={(p?.y ?? 0) + 26}
                  x2={p?.x}
                  y2={coupleY}
                  className={holdsAuthority(id, g) ? 'gd-line gd-line-authority' : 'gd-line'}
                />
              ))}
              {parents.length > 1 && (
                <line
                  x1={Math.min(...xs)}
                  y1={coupleY}
                  x2={Math.max(...xs)}
                  y2={coupleY}
                  className="gd-line"
                />
              )}
              <line x1={mid} y1={coupleY} x2={mid} y2={siblingY} className="gd-line" />
              <line
                x1={Math.min(mid, ...kidXs)}
                y1={siblingY}
                x2={Math.max(mid, ...kidXs)}
                y2={siblingY}
                className="gd-line"
              />
              {kids.map((k) => (
                <line key={`${k.x}`} x1={k.x} y1={siblingY} x2={k.x} y2={k.y - 26} className="gd-line" />
              ))}
            </g>
          );
        })}
        {netPos.map((p, i) => {
          const n = net[i];
          if (!n) {
            return null;
          }
          const lines = wrapLines(n.displayName);
          const top = p.y - 8 - (lines.length - 1) * 7.5;
          return (
            <g key={n.id}>
              <rect
                x={p.x - 78}
                y={top - 20}
                width={156}
                height={lines.length * 15 + 34}
                rx={8}
                className="gd-picture-network"
              />
              {lines.map((l, li) => (
                <text
                  key={`${n.id}-${l}`}
                  x={p.x}
                  y={top + li * 15}
                  textAnchor="middle"
                  className="gd-picture-label"
                >
                  {l}
                </text>
              ))}
              <text x={p.x} y={top + lines.length * 15 + 2} textAnchor="middle" className="gd-picture-sub">
                {t(`network.${n.relation}`)}
              </text>
            </g>
          );
        })}
        {people.map((m) => {
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
              <text x={p.x} y={p.y + 42} textAnchor="middle" className="gd-picture-label gd-picture-halo">
                {m.person.givenName}
              </text>
              {away && (
                <text x={p.x} y={p.y + 56} textAnchor="middle" className="gd-picture-sub gd-picture-halo">
                  {t('dossier.livesElsewhere')}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <PictureLegend />
      {/* At phone width the picture is too small to read: the same facts as a list. */}
      <div className="gd-picture-list">
        <ul className="gd-list">
          {people.map((m) => {
            const authorityOver = relations
              .filter((r) => r.fromPersonId === m.person.id && r.hasParentalAuthority)
              .map((r) => people.find((x) => x.person.id === r.toPersonId)?.person.givenName)
              .filter(Boolean);
            return (
              <li key={m.membershipId}>
                <strong>{m.person.givenName}</strong>
                {m.person.age !== null && m.person.age !== undefined ? `, ${m.person.age}` : ''} —{' '}
                {t(`roles.${m.role}`)}
                {livesElsewhere(m.person.id) ? ` · ${t('dossier.pictureLegend.elsewhere')}` : ''}
                {authorityOver.length > 0
                  ? ` · ${t('dossier.pictureLegend.authorityOver', { names: authorityOver.join(', ') })}`
                  : ''}
              </li>
            );
          })}
          {net.map((n) => (
            <li key={n.id}>
              {n.displayName} — {t(`network.${n.relation}`)} ({t('dossier.pictureLegend.networkShort')})
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}

/** What each sign in the picture means. */
function PictureLegend() {
  const { t } = useTranslation();
  const item = (icon: React.ReactNode, text: string) => (
    <li>
      <svg viewBox="0 0 40 24" width="40" height="24" aria-hidden="true" focusable="false">
        {icon}
      </svg>
      <span>{text}</span>
    </li>
  );
  return (
    <div className="gd-picture-legend">
      <p className="gd-picture-legend-title">{t('dossier.pictureLegend.title')}</p>
      <ul>
        {item(
          <rect x={12} y={4} width={16} height={16} className="gd-picture-person" />,
          t('dossier.pictureLegend.male'),
        )}
        {item(
          <circle cx={20} cy={12} r={8} className="gd-picture-person" />,
          t('dossier.pictureLegend.female'),
        )}
        {item(
          <polygon points="20,2 30,12 20,22 10,12" className="gd-picture-person" />,
          t('dossier.pictureLegend.other'),
        )}
        {item(
          <line x1={4} y1={12} x2={36} y2={12} className="gd-line gd-line-authority" />,
          t('dossier.pictureLegend.authority'),
        )}
        {item(
          <line x1={4} y1={12} x2={36} y2={12} className="gd-line gd-line-partner" />,
          t('dossier.pictureLegend.partners'),
        )}
        {item(
          <circle cx={20} cy={12} r={8} className="gd-picture-person gd-picture-elsewhere" />,
          t('dossier.pictureLegend.elsewhere'),
        )}
        {item(
          <rect x={4} y={4} width={32} height={16} rx={4} className="gd-picture-network" />,
          t('dossier.pictureLegend.network'),
        )}
        {item(
          <line x1={4} y1={12} x2={36} y2={12} className="gd-line gd-line-dashed" />,
          t('dossier.pictureLegend.notAgreed'),
        )}
      </ul>
      <p className="gd-muted">{t('dossier.pictureLegend.generations')}</p>
    </div>
  );
}
