// The partner screens' texts (indirect partners, organization profile), English and Italian,
// mounted under `partners.` by ../i18n/i18n.ts. The Italian object is typed against the English
// one, so a missing or extra key fails to compile.

const en = {
  title: 'Partners',
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type PartnerTexts = Widen<typeof en>;

const it: PartnerTexts = {
  title: 'Partner',
};

export const partnerTexts = { en, it };
