import { type ReactNode, useRef, useState } from 'react';
import { type ApiError, newIdempotencyKey, withIdempotencyKey } from '../api/client';
import { ConfirmDialog } from './ConfirmAction';
import { FormFrame } from './forms';

/**
 * A form whose submission is weighty (issue 9.1): filling it in sends nothing; its submit button opens the
 * confirmation (`ConfirmDialog`) that says what will happen, and only the confirm button sends it, once,
 * with one Idempotency-Key per submission. A refusal closes the dialog and is shown in the form, next to
 * its fields; Cancel returns focus to the submit button.
 */
export function ConfirmedForm(props: {
  legend: string;
  idPrefix: string;
  submitLabel: string;
  onCancel: () => void;
  /** The dialog: its title, what changes for whom, and the confirm button's verb. */
  confirm: { title: string; body: ReactNode; confirmLabel: string };
  /** A check before the dialog opens (what the form can tell itself); an error keeps the dialog closed. */
  check?: () => ApiError | null;
  /** Sends the change; must make its request before its first `await` (see `withIdempotencyKey`). */
  send: () => Promise<unknown>;
  onDone: () => void;
  /** The fields; given the refusal, so each field can show its own message. */
  children: ReactNode | ((error: ApiError | null) => ReactNode);
}) {
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const key = useRef(newIdempotencyKey());
  const frame = useRef<HTMLDivElement>(null);
  const focusSubmit = () => frame.current?.querySelector<HTMLButtonElement>('button[type="submit"]')?.focus();
  return (
    <div ref={frame}>
      <FormFrame
        legend={props.legend}
        idPrefix={props.idPrefix}
        error={error}
        busy={confirming}
        onSubmit={(e) => {
          e.preventDefault();
          const problem = props.check?.() ?? null;
          setError(problem);
          if (!problem) {
            setConfirming(true);
          }
        }}
        onCancel={props.onCancel}
        submitLabel={props.submitLabel}
      >
        {typeof props.children === 'function' ? props.children(error) : props.children}
      </FormFrame>
      {confirming && (
        <ConfirmDialog
          title={props.confirm.title}
          confirmLabel={props.confirm.confirmLabel}
          run={() => withIdempotencyKey(key.current, props.send)}
          onCancel={() => {
            setConfirming(false);
            focusSubmit();
          }}
          onConfirmed={async () => {
            key.current = newIdempotencyKey();
            setConfirming(false);
            props.onDone();
          }}
          onConflict={() => undefined}
          onError={(problem) => {
            setConfirming(false);
            setError(problem);
          }}
        >
          {props.confirm.body}
        </ConfirmDialog>
      )}
    </div>
  );
}
