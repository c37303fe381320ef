// Country validation rules and address validation built on them, so an address form can tell the user
// what is wrong before a customer is created (and `UK` is refused with a hint to use `GB`).
import type { FastifyInstance } from 'fastify';
import { addressSchema, countryRulesFor, PartnerCenterErrorCode, toCountryValidationRules } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { readBody } from '../http/request-body';
import { assertAddressFitsCountry } from '../partner-center/customer-operations';

export function registerCountryRoutes(app: FastifyInstance, _context: EmulatorContext): void {
  app.get<{ Params: { country: string } }>('/v1/countryvalidationrules/:country', async (request) => {
    const { country } = request.params;
    const rules = /^[A-Za-z]{2}$/.test(country) ? countryRulesFor(country) : undefined;
    if (!rules) {
      const hint = country.toUpperCase() === 'UK' ? ' The United Kingdom is GB.' : '';
      throw new PartnerCenterFault(404, PartnerCenterErrorCode.invalidProperty, `No validation rules for country '${country}': not a supported ISO 3166 two-letter code.${hint}`);
    }
    return toCountryValidationRules(rules);
  });

  app.post('/v1/validations/address', async (request) => {
    const address = readBody(request.body, addressSchema);
    assertAddressFitsCountry(address, '');
    return { status: 'Verified', originalAddress: address, suggestedAddresses: [], validationMessage: '', attributes: { objectType: 'AddressValidationResponse' } };
  });
}
