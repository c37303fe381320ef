// The referral screens' texts, English and Italian, mounted under `referrals.` by ../i18n/i18n.ts.
// The Italian object is typed against the English one, so a missing or extra key fails to compile.

const en = {
  title: 'Referrals',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type ReferralTexts = Widen<typeof en>;

const it: ReferralTexts = {
  title: 'Segnalazioni',
};

export const referralTexts = { en, it };
