// The app's top-level sections, in navigation order.
export const sections = ['customers', 'invitations', 'referrals', 'partners', 'settings'] as const;
export type Section = (typeof sections)[number];
