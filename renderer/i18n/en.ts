// English texts. Italian (./it.ts) must have exactly the same keys; the type makes sure of it.
export const en = {
  app: { name: 'Partner Desk', skipToContent: 'Skip to content' },
  nav: {
    label: 'Main navigation',
    customers: 'Customers',
    invitations: 'Invitations',
    referrals: 'Referrals',
    partners: 'Partners',
    settings: 'Settings',
  },
  coming: {
    customers: 'The customer list, adding customers and billing edits arrive in the next version of Partner Desk.',
    invitations: 'Inviting existing customers and tracking their invitations arrive in a coming version.',
    referrals: 'The referral inbox arrives in a coming version.',
    partners: 'Indirect providers, resellers and your partner profile arrive in a coming version.',
    title: 'Coming soon',
  },
  status: {
    connectivity: {
      online: 'Online',
      offline: 'Offline',
      degraded: 'Partner Center not reachable',
    },
    connectivityLabel: 'Connection: {{state}}',
    sync: {
      synced: 'All changes are in Partner Center',
      syncing: 'Sending changes…',
      offline: 'Offline: changes are kept on this computer',
      degraded: 'Partner Center is not answering: changes are kept and will be sent',
      paused: 'Sync paused: sign in again to continue',
    },
    pending_one: '{{count}} change waiting',
    pending_other: '{{count}} changes waiting',
    firstSync: 'Getting your customers from Partner Center: {{count}} so far',
    attention_one: '{{count}} change needs you',
    attention_other: '{{count}} changes need you',
    lastSynced: 'checked at {{time}}',
  },
  settings: {
    title: 'Settings',
    language: 'Language',
    languageHint: 'Partner Desk follows your computer’s language unless you choose one here.',
    languageSystem: 'Same as the computer ({{language}})',
    lockedByOffice: 'Set by your office',
    appearance: 'Appearance',
    appearanceHint: 'Light or dark follows your computer’s setting.',
    about: 'About',
    version: 'Version',
    cloud: 'Cloud',
    apiAddress: 'Partner Center address',
    saveFailed: 'The setting was not saved: {{message}}',
    clouds: {
      global: 'Partner Center (global)',
      usgov: 'Microsoft Cloud for US Government',
      germany: 'Microsoft Cloud Germany',
      china: 'Microsoft Azure operated by 21Vianet',
      emulator: 'Partner Center emulator (demo)',
    },
  },
  languages: { en: 'English', it: 'Italiano' },
  officeConfig: {
    title: 'Your office’s settings file could not be used',
    userTitle: 'Some of your own settings could not be used',
    body: '{{file}}: {{fault}}.',
    advice: 'Partner Desk is running on its built-in settings. Ask your IT to correct the file.',
    userAdvice: 'Those settings were ignored; set them again in Settings.',
  },
  errors: {
    notInShell: 'Partner Desk could not reach its desktop shell. Restart the app; if this persists, reinstall it.',
  },
};

type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Texts = Widen<typeof en>;
