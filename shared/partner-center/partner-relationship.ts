// The indirect model: a provider lists its resellers (`IsIndirectCloudSolutionProviderOf`) and a
// reseller lists its providers (`IsIndirectResellerOf`). Also the invitation link resource.
import { z } from 'zod';

export const PARTNER_RELATIONSHIP_TYPES = ['IsIndirectCloudSolutionProviderOf', 'IsIndirectResellerOf'] as const;
export const partnerRelationshipTypeSchema = z.enum(PARTNER_RELATIONSHIP_TYPES);
export type PartnerRelationshipType = z.infer<typeof partnerRelationshipTypeSchema>;

export const partnerRelationshipSchema = z.object({
  id: z.string(),
  name: z.string(),
  relationshipType: partnerRelationshipTypeSchema,
  state: z.string(),
  mpnId: z.string(),
  location: z.string(),
  attributes: z.object({ objectType: z.literal('PartnerRelationship') }),
});
export type PartnerRelationship = z.infer<typeof partnerRelationshipSchema>;

/** `GET /v1/customers/relationshiprequests`: one link, the same for every customer of this partner. */
export const relationshipRequestSchema = z.object({
  url: z.string(),
  attributes: z.object({ objectType: z.literal('RelationshipRequest') }),
});
export type RelationshipRequest = z.infer<typeof relationshipRequestSchema>;
