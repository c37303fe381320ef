// Country, language and culture names in the user's language, from the browser's own data
// (Intl.DisplayNames), so "IT" reads "Italy" or "Italia" without a table of our own.
const cache = new Map<string, Intl.DisplayNames>();

function names(language: string, type: 'region' | 'language'): Intl.DisplayNames {
  const key = `${language}:${type}`;
  let found = cache.get(key);
  if (!found) {
    found = new Intl.DisplayNames([language], { type, fallback: 'code' });
    cache.set(key, found);
  }
  return found;
}

export const countryName = (code: string, uiLanguage: string) => names(uiLanguage, 'region').of(code.toUpperCase()) ?? code;

/** "italiano", or "inglese (Regno Unito)" for a culture. */
export const languageName = (code: string, uiLanguage: string) => names(uiLanguage, 'language').of(code) ?? code;
