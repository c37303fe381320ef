// Country validation rules as `GET /v1/countryvalidationrules/{iso2}` answers them, for the countries
// Partner Desk's offices sell in. Kept in shared/ so the renderer can validate an address form offline
// with the same data the emulator serves. Postal-code patterns follow each country's postal service;
// they are the emulator's data, not copied from Microsoft (unverified).

/** Countries where Partner Center requires a phone number and an organization registration number. */
export const PHONE_REQUIRED_COUNTRIES: readonly string[] = ['AM', 'AZ', 'BY', 'HU', 'KZ', 'KG', 'MD', 'RU', 'TJ', 'UZ', 'UA'];

export interface CountryRulesData {
  iso2Code: string;
  name: string;
  defaultCulture: string;
  supportedCultures: string[];
  supportedLanguages: string[];
  isStateRequired: boolean;
  states: string[];
  isPostalCodeRequired: boolean;
  postalCodeRegex: string;
  isCityRequired: boolean;
  isPhoneNumberRequired: boolean;
  isRegistrationNumberRequired: boolean;
  countryCallingCode: string;
  currency: string;
}

const US_STATES = 'AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY'.split(' ');
const CA_PROVINCES = 'AB BC MB NB NL NS NT NU ON PE QC SK YT'.split(' ');
const AU_STATES = 'ACT NSW NT QLD SA TAS VIC WA'.split(' ');
const BR_STATES = 'AC AL AP AM BA CE DF ES GO MA MT MS MG PA PB PR PE PI RJ RN RS RO RR SC SP SE TO'.split(' ');
const IN_STATES = 'AN AP AR AS BR CH CG DN DL GA GJ HR HP JK JH KA KL LA LD MP MH MN ML MZ NL OD PY PB RJ SK TN TG TR UP UK WB'.split(' ');

type Row = [iso2: string, name: string, cultures: string, languages: string, postalRegex: string, callingCode: string, currency: string, states?: string[], postalRequired?: boolean];

// culture list: first one is the default culture.
const ROWS: Row[] = [
  ['IT', 'Italy', 'it-IT', 'it en', '^\\d{5}$', '+39', 'EUR'],
  ['US', 'United States', 'en-US es-US', 'en es', '^\\d{5}(-\\d{4})?$', '+1', 'USD', US_STATES],
  ['GB', 'United Kingdom', 'en-GB', 'en', '^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$', '+44', 'GBP'],
  ['DE', 'Germany', 'de-DE', 'de en', '^\\d{5}$', '+49', 'EUR'],
  ['FR', 'France', 'fr-FR', 'fr en', '^\\d{5}$', '+33', 'EUR'],
  ['ES', 'Spain', 'es-ES ca-ES', 'es ca en', '^\\d{5}$', '+34', 'EUR'],
  ['NL', 'Netherlands', 'nl-NL', 'nl en', '^\\d{4} ?[A-Z]{2}$', '+31', 'EUR'],
  ['BE', 'Belgium', 'nl-BE fr-BE de-BE', 'nl fr de en', '^\\d{4}$', '+32', 'EUR'],
  ['AT', 'Austria', 'de-AT', 'de en', '^\\d{4}$', '+43', 'EUR'],
  ['CH', 'Switzerland', 'de-CH fr-CH it-CH', 'de fr it en', '^\\d{4}$', '+41', 'CHF'],
  ['PL', 'Poland', 'pl-PL', 'pl en', '^\\d{2}-\\d{3}$', '+48', 'PLN'],
  ['SE', 'Sweden', 'sv-SE', 'sv en', '^\\d{3} ?\\d{2}$', '+46', 'SEK'],
  ['IE', 'Ireland', 'en-IE', 'en ga', '^[A-Z]\\d[\\dW] ?[A-Z\\d]{4}$', '+353', 'EUR', [], false],
  ['PT', 'Portugal', 'pt-PT', 'pt en', '^\\d{4}-\\d{3}$', '+351', 'EUR'],
  ['BR', 'Brazil', 'pt-BR', 'pt en', '^\\d{5}-?\\d{3}$', '+55', 'BRL', BR_STATES],
  ['MX', 'Mexico', 'es-MX', 'es en', '^\\d{5}$', '+52', 'MXN'],
  ['CA', 'Canada', 'en-CA fr-CA', 'en fr', '^[A-Z]\\d[A-Z] ?\\d[A-Z]\\d$', '+1', 'CAD', CA_PROVINCES],
  ['IN', 'India', 'en-IN hi-IN', 'en hi', '^\\d{6}$', '+91', 'INR', IN_STATES],
  ['JP', 'Japan', 'ja-JP', 'ja en', '^\\d{3}-?\\d{4}$', '+81', 'JPY'],
  ['AU', 'Australia', 'en-AU', 'en', '^\\d{4}$', '+61', 'AUD', AU_STATES],
  ['RU', 'Russia', 'ru-RU', 'ru en', '^\\d{6}$', '+7', 'RUB'],
  ['HU', 'Hungary', 'hu-HU', 'hu en', '^\\d{4}$', '+36', 'HUF'],
  ['UA', 'Ukraine', 'uk-UA', 'uk ru en', '^\\d{5}$', '+380', 'UAH'],
  ['KZ', 'Kazakhstan', 'kk-KZ ru-KZ', 'kk ru en', '^\\d{6}$', '+7', 'KZT'],
  ['AM', 'Armenia', 'hy-AM', 'hy ru en', '^\\d{4}$', '+374', 'AMD'],
  ['AZ', 'Azerbaijan', 'az-Latn-AZ', 'az ru en', '^(AZ ?)?\\d{4}$', '+994', 'AZN'],
  ['BY', 'Belarus', 'be-BY ru-BY', 'be ru en', '^\\d{6}$', '+375', 'BYN'],
  ['KG', 'Kyrgyzstan', 'ky-KG ru-KG', 'ky ru en', '^\\d{6}$', '+996', 'KGS'],
  ['MD', 'Moldova', 'ro-MD', 'ro ru en', '^(MD-?)?\\d{4}$', '+373', 'MDL'],
  ['TJ', 'Tajikistan', 'tg-Cyrl-TJ', 'tg ru en', '^\\d{6}$', '+992', 'TJS'],
  ['UZ', 'Uzbekistan', 'uz-Latn-UZ', 'uz ru en', '^\\d{6}$', '+998', 'UZS'],
  ['DK', 'Denmark', 'da-DK', 'da en', '^\\d{4}$', '+45', 'DKK'],
  ['NO', 'Norway', 'nb-NO', 'nb en', '^\\d{4}$', '+47', 'NOK'],
  ['FI', 'Finland', 'fi-FI sv-FI', 'fi sv en', '^\\d{5}$', '+358', 'EUR'],
  ['CZ', 'Czechia', 'cs-CZ', 'cs en', '^\\d{3} ?\\d{2}$', '+420', 'CZK'],
  ['NZ', 'New Zealand', 'en-NZ', 'en', '^\\d{4}$', '+64', 'NZD'],
];

export const COUNTRY_RULES: ReadonlyMap<string, CountryRulesData> = new Map(
  ROWS.map(([iso2Code, name, cultures, languages, postalCodeRegex, countryCallingCode, currency, states = [], postalRequired = true]) => {
    const supportedCultures = cultures.split(' ');
    const phone = PHONE_REQUIRED_COUNTRIES.includes(iso2Code);
    return [
      iso2Code,
      {
        iso2Code,
        name,
        defaultCulture: supportedCultures[0] ?? 'en-US',
        supportedCultures,
        supportedLanguages: languages.split(' '),
        isStateRequired: states.length > 0,
        states,
        isPostalCodeRequired: postalRequired,
        postalCodeRegex,
        isCityRequired: true,
        isPhoneNumberRequired: phone,
        isRegistrationNumberRequired: phone,
        countryCallingCode,
        currency,
      },
    ];
  }),
);

export function countryRulesFor(country: string): CountryRulesData | undefined {
  return COUNTRY_RULES.get(country.toUpperCase());
}
