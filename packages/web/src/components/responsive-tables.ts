import { useEffect } from 'react';

/**
 * Tables become lists at phone width (issue 9.8): every data cell carries the text of its column header as
 * `data-label`, which the stylesheet shows before the value when a row is drawn as a block (below 40rem).
 * One observer on the page keeps the labels right as tables appear, change language or re-render, so no page
 * has to remember it.
 */
export function useResponsiveTables(root: () => HTMLElement | null): void {
  useEffect(() => {
    const element = root();
    if (!element) {
      return;
    }
    const label = () => {
      for (const table of element.querySelectorAll('table')) {
        const headers = [...table.querySelectorAll('thead tr:first-child th')].map(
          (th) => th.textContent?.trim() ?? '',
        );
        for (const row of table.querySelectorAll('tbody tr')) {
          [...row.children].forEach((cell, i) => {
            const text = headers[i] ?? '';
            if (cell.getAttribute('data-label') !== text) {
              cell.setAttribute('data-label', text);
            }
          });
        }
      }
    };
    label();
    // Many mutations in one render are labelled once, in the next frame.
    let scheduled = 0;
    const observer = new MutationObserver(() => {
      if (scheduled === 0) {
        scheduled = requestAnimationFrame(() => {
          scheduled = 0;
          label();
        });
      }
    });
    observer.observe(element, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      cancelAnimationFrame(scheduled);
    };
  }, [root]);
}
