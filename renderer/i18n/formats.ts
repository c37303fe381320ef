// Number and time formats per language, made once. Building an Intl formatter costs far more than
// using one, and the screens that format counts (the list's controls, the status bar, progress)
// render again with every change a sync brings.
const numbers = new Map<string, Intl.NumberFormat>();
const times = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(language: string): Intl.NumberFormat {
  let format = numbers.get(language);
  if (!format) numbers.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}

/** As Date.toLocaleTimeString(language) shows it. */
export function timeFormat(language: string): Intl.DateTimeFormat {
  let format = times.get(language);
  if (!format) times.set(language, (format = new Intl.DateTimeFormat(language, { hour: 'numeric', minute: 'numeric', second: 'numeric' })));
  return format;
}
