// Number formats per language, made once. Building an Intl formatter costs far more than using
// one, and the screens that format counts (the list's controls, progress) render again with every
// change a sync brings. Not times: a date format keeps the time zone it was made in, and a rep's
// laptop changes zone on the road.
const numbers = new Map<string, Intl.NumberFormat>();

export function numberFormat(language: string): Intl.NumberFormat {
  let format = numbers.get(language);
  if (!format) numbers.set(language, (format = new Intl.NumberFormat(language)));
  return format;
}
