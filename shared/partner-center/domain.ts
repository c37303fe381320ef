// The rule for a new customer's `<prefix>.onmicrosoft.com` domain. Microsoft's PowerShell module caps
// the prefix at 27 characters; which characters are allowed is unverified, so Partner Desk and the
// emulator allow only what is known to be safe: ASCII letters and digits.
export const ONMICROSOFT_SUFFIX = '.onmicrosoft.com';
export const DOMAIN_PREFIX_MAX = 27;
const PREFIX = /^[a-z0-9]+$/i;

export type DomainPrefixProblem = 'empty' | 'too-long' | 'bad-characters';

/** Accepts `contoso` or `contoso.onmicrosoft.com` and returns the prefix as typed. */
export function domainPrefixOf(domain: string): string {
  const trimmed = domain.trim();
  return trimmed.toLowerCase().endsWith(ONMICROSOFT_SUFFIX) ? trimmed.slice(0, -ONMICROSOFT_SUFFIX.length) : trimmed;
}

export function checkDomainPrefix(prefix: string): DomainPrefixProblem | null {
  if (prefix.length === 0) return 'empty';
  if (prefix.length > DOMAIN_PREFIX_MAX) return 'too-long';
  if (!PREFIX.test(prefix)) return 'bad-characters';
  return null;
}

export function describeDomainProblem(problem: DomainPrefixProblem): string {
  switch (problem) {
    case 'empty':
      return 'The domain prefix is required (the part before .onmicrosoft.com).';
    case 'too-long':
      return `The domain prefix must be at most ${DOMAIN_PREFIX_MAX} characters before .onmicrosoft.com.`;
    case 'bad-characters':
      return 'The domain prefix may contain only letters (a-z) and digits (0-9).';
  }
}

/** The full domain as Partner Center stores it: lower case, with the onmicrosoft.com suffix. */
export function fullOnMicrosoftDomain(domain: string): string {
  return `${domainPrefixOf(domain).toLowerCase()}${ONMICROSOFT_SUFFIX}`;
}
