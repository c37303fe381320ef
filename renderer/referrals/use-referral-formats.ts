// Dates, money and time left in the user's language, for the inbox and the details. "Now" moves
// on every minute while the section is open, so time left never goes stale on screen.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Referral } from '../../shared/partner-center';
import { timeLeftOf } from './referral';

export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function useReferralFormats() {
  const { t, i18n } = useTranslation();
  return useMemo(() => {
    const date = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium' });
    const dateTime = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
    // A close date is a calendar day ("2026-04-30"): shown as that day wherever the user is.
    const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
    return {
      date: (iso: string) => date.format(new Date(iso)),
      dateTime: (iso: string) => dateTime.format(new Date(iso)),
      day: (isoDay: string) => day.format(new Date(isoDay.length === 10 ? `${isoDay}T00:00:00Z` : isoDay)),
      /** A plain amount as the user would type it (grouping and decimal mark of their language). */
      amount: (value: number) => new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value),
      money(value: number | undefined, currency: string | undefined): string | null {
        if (value === undefined) return null;
        try {
          return new Intl.NumberFormat(i18n.language, currency ? { style: 'currency', currency } : { maximumFractionDigits: 2 }).format(value);
        } catch {
          // An unknown currency code: the number and the code as Partner Center gave them.
          return `${new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 }).format(value)} ${currency ?? ''}`.trim();
        }
      },
      timeLeft(referral: Pick<Referral, 'status' | 'expirationDateTime'>, now: number): string | null {
        const left = timeLeftOf(referral, now);
        if (!left) return null;
        if (left.unit === 'days' || left.unit === 'hours') return t(`referrals.timeLeft.${left.unit}`, { count: left.count });
        return t(`referrals.timeLeft.${left.unit}`);
      },
    };
  }, [i18n.language, t]);
}
