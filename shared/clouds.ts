// The clouds Partner Desk can work against, and what each one allows (architecture §6).
// A cloud decides its endpoints and which partner workflows exist at all: the invitation
// features below follow the portal's own limits (partner-center-api.md §1).

export const cloudIds = ['global', 'usgov', 'germany', 'china', 'emulator'] as const;
export type CloudId = (typeof cloudIds)[number];

export interface CloudEndpoints {
  partnerCenterBaseUrl: string;
  referralsBaseUrl: string;
  graphBaseUrl: string;
  signInAuthority: string;
}

export interface CloudFeatures {
  /** "Invite an existing customer" exists at all (not in US Government). */
  invitations: boolean;
  /** The invitation may leave out delegated admin (not in US Government or Germany). */
  invitationWithoutDelegatedAdmin: boolean;
}

export interface Cloud {
  id: CloudId;
  endpoints: CloudEndpoints;
  features: CloudFeatures;
}

const microsoftApis = {
  partnerCenterBaseUrl: 'https://api.partnercenter.microsoft.com',
  referralsBaseUrl: 'https://api.partner.microsoft.com',
  graphBaseUrl: 'https://graph.microsoft.com',
};

export const clouds: Record<CloudId, Cloud> = {
  global: {
    id: 'global',
    endpoints: { ...microsoftApis, signInAuthority: 'https://login.microsoftonline.com' },
    features: { invitations: true, invitationWithoutDelegatedAdmin: true },
  },
  usgov: {
    id: 'usgov',
    endpoints: { ...microsoftApis, signInAuthority: 'https://login.microsoftonline.us' },
    features: { invitations: false, invitationWithoutDelegatedAdmin: false },
  },
  germany: {
    id: 'germany',
    endpoints: { ...microsoftApis, signInAuthority: 'https://login.microsoftonline.de' },
    features: { invitations: true, invitationWithoutDelegatedAdmin: false },
  },
  china: {
    id: 'china',
    endpoints: {
      partnerCenterBaseUrl: 'https://partner.partnercenterapi.microsoft.com',
      referralsBaseUrl: 'https://api.partner.microsoft.com',
      graphBaseUrl: 'https://microsoftgraph.chinacloudapi.cn',
      signInAuthority: 'https://login.chinacloudapi.cn',
    },
    features: { invitations: true, invitationWithoutDelegatedAdmin: true },
  },
  // The emulator stands in for every API on one loopback origin; the office config gives its URL.
  emulator: {
    id: 'emulator',
    endpoints: {
      partnerCenterBaseUrl: 'http://127.0.0.1:4000',
      referralsBaseUrl: 'http://127.0.0.1:4000',
      graphBaseUrl: 'http://127.0.0.1:4000',
      signInAuthority: 'http://127.0.0.1:4000',
    },
    features: { invitations: true, invitationWithoutDelegatedAdmin: true },
  },
};
