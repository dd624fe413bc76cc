import { Alert, Button, Heading, Paragraph, Textarea } from '@utrecht/component-library-react';
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/client';
import { fieldError } from './ErrorSummary';
import { Field } from './Field';

/**
 * A weighty or destructive action behind one button (issue 9.1): the button opens a modal confirmation
 * (native `<dialog>` with `showModal`, so focus stays inside and the rest of the page is inert) that says
 * what will happen and for whom, asks a reason where the record keeps one, and offers Cancel (focused first,
 * so Enter never confirms by accident) and a confirm button that names the action. Escape cancels. When it
 * closes, focus returns to the button that opened it; after a change that removes that button, to
 * `focusAfter` (the result, an element that is there before and after the change).
 */
export function ConfirmAction(props: {
  /** The content of the opening button (a verb; may carry a visually hidden part naming the item). */
  trigger: ReactNode;
  appearance?: 'subtle-button' | 'secondary-action-button' | 'primary-action-button';
  /** What will happen, in plain words (the dialog's title). */
  title: string;
  /** What changes for whom, and how a mistake can be corrected. */
  children: ReactNode;
  /** Ask a reason; `required` refuses to confirm without one. */
  reason?: { label: string; hint?: string; required: boolean };
  /** More fields the record keeps besides the reason (their state is the caller's). */
  fields?: ReactNode;
  /** The confirm button: a verb ("Gezag beëindigen"). */
  confirmLabel: string;
  /** Runs the change; an ApiError is shown in the dialog and the dialog stays open. */
  run: (reason: string | null) => Promise<unknown>;
  /** After success (and after a conflict): reload what the page shows. */
  onDone: () => Promise<unknown> | undefined;
  /** Where focus goes after success, when the change removes the opening button. */
  focusAfter?: () => HTMLElement | null;
}) {
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  // The dialog is closed before this runs, so the browser's own focus restoring is done and cannot
  // move focus again afterwards.
  const close = (target: HTMLElement | null) => {
    setOpen(false);
    target?.focus();
  };
  return (
    <>
      <Button
        ref={opener}
        type="button"
        appearance={props.appearance ?? 'subtle-button'}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {props.trigger}
      </Button>
      {open && (
        <ConfirmDialog
          title={props.title}
          reason={props.reason}
          fields={props.fields}
          confirmLabel={props.confirmLabel}
          run={props.run}
          onCancel={() => close(opener.current)}
          onConfirmed={async () => {
            await props.onDone();
            close(props.focusAfter?.() ?? opener.current);
          }}
          onConflict={() => void props.onDone()}
        >
          {props.children}
        </ConfirmDialog>
      )}
    </>
  );
}

/**
 * The modal confirmation itself: what will happen, an optional reason (and more fields), Cancel first and a
 * confirm button that names the action. Used by `ConfirmAction`, and by forms whose submission is weighty
 * (`ConfirmedForm`), which pass `onError` to show a refusal in the form, next to its fields, instead.
 */
export function ConfirmDialog(props: {
  title: string;
  children: ReactNode;
  reason?: { label: string; hint?: string; required: boolean };
  fields?: ReactNode;
  confirmLabel: string;
  run: (reason: string | null) => Promise<unknown>;
  onCancel: () => void;
  onConfirmed: () => Promise<void>;
  onConflict: () => void;
  /** Takes over a refusal (the dialog closes); without it the refusal is shown in the dialog. */
  onError?: (error: ApiError) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) {
      d.showModal();
    }
    cancel.current?.focus();
    return () => d?.close();
  }, []);
  const onSubmit = async (e: FormEvent) => {
    e.preventDefault();
    const text = reason.trim();
    if (props.reason?.required && !text) {
      setMissing(true);
      document.getElementById(`${id}-reason`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await props.run(text || null);
      dialog.current?.close();
      await props.onConfirmed();
    } catch (err) {
      const problem = err instanceof ApiError ? err : new ApiError(0, 'internal_error', String(err));
      if (props.onError) {
        dialog.current?.close();
        props.onError(problem);
        return;
      }
      setError(problem);
      if (problem.status === 409) {
        props.onConflict();
      }
    } finally {
      setBusy(false);
    }
  };
  const reasonError = missing ? t('confirm.reasonMissing') : fieldError(error, 'reason');
  return (
    <dialog
      ref={dialog}
      className="gd-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      onCancel={(e) => {
        // Escape: the same as Cancel.
        e.preventDefault();
        dialog.current?.close();
        props.onCancel();
      }}
    >
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Heading level={2} id={`${id}-title`}>
          {props.title}
        </Heading>
        <div id={`${id}-what`}>{props.children}</div>
        {error && (
          <Alert type="error">
            <Paragraph>{error.status === 409 ? t('confirm.conflict') : error.title}</Paragraph>
          </Alert>
        )}
        {props.reason && (
          <Field
            id={`${id}-reason`}
            label={`${props.reason.label}${props.reason.required ? '' : ` ${t('forms.optional')}`}`}
            hint={props.reason.hint}
            error={reasonError}
          >
            {(a) => (
              <Textarea
                {...a}
                rows={3}
                value={reason}
                required={props.reason?.required}
                onChange={(e) => {
                  setReason(e.target.value);
                  setMissing(false);
                }}
              />
            )}
          </Field>
        )}
        {props.fields}
        <div className="gd-actions">
          <Button
            ref={cancel}
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              dialog.current?.close();
              props.onCancel();
            }}
          >
            {t('forms.cancel')}
          </Button>
          <Button type="submit" appearance="primary-action-button" disabled={busy || error?.status === 409}>
            {props.confirmLabel}
          </Button>
        </div>
      </form>
    </dialog>
  );
}

/** Focuses an element by id once React has rendered it (for `focusAfter`). */
export const byId = (id: string) => () => document.getElementById(id);
