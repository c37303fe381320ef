// Who the activity log says made a change: the signed-in Partner Desk user for API calls, a colleague
// for the control API's "another user" actions, the customer's admin for an accepted invitation.
export const API_USER = 'admin@lakesidecloud.onmicrosoft.com';
export const ANOTHER_USER = 'colleague@lakesidecloud.onmicrosoft.com';
export const EMULATOR_SEED_USER = 'emulator-seed@lakesidecloud.onmicrosoft.com';

export function customerAdmin(domain: string): string {
  return `globaladmin@${domain}`;
}
