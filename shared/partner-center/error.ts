// The one error body Partner Center answers with, and the codes Partner Desk reacts to.
// `code` is a number for Microsoft's own codes; the emulator uses strings for the cases Microsoft
// documents no code for (see emulator/README.md), which the doc allows ("code may be a number or a string").
import { z } from 'zod';

export const partnerCenterErrorSchema = z.object({
  code: z.union([z.number(), z.string()]),
  description: z.string(),
  data: z.array(z.unknown()),
  source: z.string(),
});
export type PartnerCenterError = z.infer<typeof partnerCenterErrorSchema>;

/** Codes documented by Microsoft that Partner Desk handles. */
export const PartnerCenterErrorCode = {
  /** 403: the partner has no relationship with this customer. */
  noRelationship: 20002,
  /** 404: the tenant does not exist. */
  tenantNotFound: 60003,
  /** 400 or 412: the etag sent is no longer the resource's etag. */
  staleEtag: 2055,
  /** 400: an invalid property, or a relationship that does not exist. */
  invalidProperty: 3000,
  /** 400: the customer id is not a valid id. */
  invalidCustomerId: 900118,
  /** 400: organization registration number missing where the country requires it. */
  registrationNumberRequired: 600002,
  /** 400: phone number missing where the country requires it. */
  phoneNumberRequired: 600049,
  /** 400: phone number has an invalid format. */
  phoneNumberInvalid: 600050,
  /** 400: organization registration number has an invalid format. */
  registrationNumberInvalid: 600051,
} as const;

/** Codes the emulator uses where Microsoft documents none (strings, so they never clash with real ones). */
export const EmulatorErrorCode = {
  unauthorized: 'Unauthorized',
  malformedJson: 'MalformedJson',
  invalidFilter: 'InvalidFilter',
  invalidContinuationToken: 'InvalidContinuationToken',
  ifMatchRequired: 'IfMatchRequired',
  domainAlreadyExists: 'DomainAlreadyExists',
  activeSubscriptionsExist: 'ActiveSubscriptionsExist',
  requestIdReused: 'RequestIdReused',
  throttled: 'TooManyRequests',
  referralNotFound: 'ReferralNotFound',
  invalidTransition: 'InvalidStatusTransition',
  notFound: 'NotFound',
  injectedFault: 'InjectedFault',
} as const;

/** The body of a 429, as Azure API Management writes it; the emulator adds the Partner Center fields too. */
export const throttleBodySchema = z.object({ statusCode: z.literal(429), message: z.string() });
