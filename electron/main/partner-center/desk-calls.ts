// Every Partner Center call the renderer may ask for, as main answers it: the client's answer,
// except that a new customer's admin credentials are taken out and kept in the vault, so the
// renderer (and IndexedDB) never holds a password. The sync simulation uses this same object.
import { ok } from '../../../shared/ipc/envelope';
import type { PartnerCenterPort } from '../../../shared/partner-center-calls';
import type { CredentialVault } from '../secrets/credential-vault';
import type { PartnerCenterClient } from './partner-center-client';

export type DeskCalls = PartnerCenterPort;

export function createDeskCalls(client: PartnerCenterClient, vault: Pick<CredentialVault, 'keep'>): DeskCalls {
  return {
    ...client,
    getRelationshipRequest: () => client.getRelationshipRequest(),
    getOrganizationProfile: () => client.getOrganizationProfile(),
    async createCustomer(request) {
      const answer = await client.createCustomer(request);
      if (!answer.ok) return answer;
      const { userCredentials, ...customer } = answer.value;
      const credentialsKept = userCredentials ? await vault.keep(customer.id, userCredentials).then(() => true) : false;
      return ok({ ...customer, credentialsKept });
    },
  };
}
