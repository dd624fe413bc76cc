import { Button } from '@utrecht/component-library-react';
import { type ReactNode, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

type Appearance = 'subtle-button' | 'secondary-action-button' | 'primary-action-button';

interface OpenerOptions {
  /** A fuller accessible name, when the label repeats on the page. */
  name?: string;
  /** A visually hidden part after the label that names the item (read as part of the button's name). */
  hidden?: string;
  appearance?: Appearance;
  /** What the message after a save names (default: the label). */
  what?: string;
}

/** What `usePanels` gives a page or section that opens inline forms. */
export interface Panels {
  /** The key of the open form, if any (one at a time keeps the page calm). */
  current: string | null;
  /**
   * The button that opens form `key`; it is hidden while that form is open. `label` is its text and the
   * name of what was saved in the message afterwards; `name` a fuller accessible name when the label repeats.
   */
  opener: (key: string, label: string, options?: OpenerOptions) => ReactNode;
  /** Where form `key` appears while it is open, and the message that it was saved afterwards. */
  slot: (key: string, form: ReactNode) => ReactNode;
  /** Closes the open form without saving; focus returns to the button that opened it. */
  cancel: () => void;
  /**
   * Closes the open form after a save; focus moves to a status message where the form was (`message`, or
   * "Opgeslagen: <label>"), or, given `resultId`, to that element (the result) once it is on the page.
   */
  done: (message?: ReactNode, resultId?: string) => void;
  /** Opens form `key` from code (a button outside `opener`). */
  open: (key: string) => void;
}

/**
 * Inline forms opened by a button, with focus where the keyboard user is (issue 9.4): opening a form
 * focuses its first field (`FormFrame`), Cancel (or Escape on an untouched form) returns focus to the
 * button that opened it, and after a save focus moves to a short status message where the form was, so
 * the user continues from there instead of from the top of the page.
 */
export function usePanels(): Panels {
  const { t } = useTranslation();
  const scope = useId();
  const [current, setCurrent] = useState<string | null>(null);
  const [saved, setSaved] = useState<{ key: string; message: ReactNode } | null>(null);
  const labels = useRef(new Map<string, string>());
  // What to focus once the next render has put it on the page (the opener is hidden while its form is
  // open; the message appears only after the save). Kept until the element is there.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    const element = id ? document.getElementById(id) : null;
    if (element) {
      focusNext.current = null;
      element.focus();
    }
  });
  const openerId = (key: string) => `${scope}open-${key}`;
  const savedId = (key: string) => `${scope}saved-${key}`;
  const open = (key: string) => {
    focusNext.current = null;
    setSaved(null);
    setCurrent(key);
  };
  return {
    current,
    open,
    opener: (key, label, options) => {
      labels.current.set(key, options?.what ?? label);
      return (
        current !== key && (
          <Button
            id={openerId(key)}
            appearance={options?.appearance ?? 'secondary-action-button'}
            onClick={() => open(key)}
            aria-label={options?.name}
          >
            {label}
            {options?.hidden && <span className="gd-visually-hidden"> {options.hidden}</span>}
          </Button>
        )
      );
    },
    slot: (key, form) => {
      if (current === key) {
        return form;
      }
      if (saved?.key === key) {
        return (
          <p id={savedId(key)} role="status" tabIndex={-1} className="gd-notice gd-saved">
            {saved.message}
          </p>
        );
      }
      return null;
    },
    cancel: () => {
      if (current) {
        focusNext.current = openerId(current);
      }
      setCurrent(null);
    },
    done: (message, resultId) => {
      if (resultId) {
        setSaved(null);
        focusNext.current = resultId;
      } else if (current) {
        const what = labels.current.get(current);
        setSaved({
          key: current,
          message: message ?? (what ? t('panels.saved', { what }) : t('panels.savedPlain')),
        });
        focusNext.current = savedId(current);
      }
      setCurrent(null);
    },
  };
}
