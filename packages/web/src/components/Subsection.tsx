import { Heading } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * One part of a dossier section with its heading (issue 9.2). An empty part collapses to one line, its
 * heading and "Nog geen …", so empty parts take no room; the buttons that add to it stay on that line.
 */
export function Subsection(props: {
  id: string;
  title: string;
  level?: 3 | 4;
  /** Nothing recorded yet: show `emptyText` on the heading's line instead of `children`. */
  empty?: boolean;
  emptyText?: string;
  /** The buttons (and the forms they open) that add to this part, after its content. */
  actions?: ReactNode;
  children?: ReactNode;
}) {
  // One structure for both states, so the actions (and a form or message in them, which may have focus)
  // stay the same elements when the first item arrives.
  return (
    <section aria-labelledby={props.id} className={props.empty ? 'gd-sub gd-sub-empty' : 'gd-sub'}>
      <div className="gd-sub-head">
        <Heading level={props.level ?? 3} id={props.id} tabIndex={-1}>
          {props.title}
        </Heading>
        {props.empty && <span className="gd-muted">{props.emptyText}</span>}
      </div>
      {!props.empty && props.children}
      <div className="gd-sub-actions">{props.actions}</div>
    </section>
  );
}
