import { useTranslation } from 'react-i18next';

/** What the API sends for "more than 250 working days late" (`WORKING_DAYS_LATE_SHOWN + 1` in the domain). */
const LATE_SHOWN = 250;

/**
 * How late an overdue deadline is, in words and in red (issue 9.5): "3 werkdagen te laat". The text says
 * it, so colour is never the only sign. Nothing when the deadline is not late.
 */
export function LateText({ status, workingDaysLate }: { status: string; workingDaysLate: number }) {
  const { t } = useTranslation();
  if (status !== 'OVERDUE' && status !== 'ESCALATED') {
    return null;
  }
  const text =
    workingDaysLate > LATE_SHOWN
      ? t('urgency.lateMany', { count: LATE_SHOWN })
      : workingDaysLate === 0
        ? t('urgency.lateToday')
        : t('urgency.late', { count: workingDaysLate });
  return <strong className="gd-late">{text}</strong>;
}

/** The "Spoed" badge: the family is in urgent safety (KT5) now, whatever its stage. */
export function SpoedBadge() {
  const { t } = useTranslation();
  return <span className="gd-badge-spoed">{t('urgency.spoed')}</span>;
}
