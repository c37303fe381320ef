// How an answer from main crosses back into the page in the hosted harness. Playwright's binding
// serializes a returned object into its own verbose protocol format and rebuilds it in the page,
// which costs about half a second for a 500-customer page: far more than Electron's IPC, and it
// swamped every sync figure. An answer that JSON carries without loss crosses as one string
// instead and is parsed in the page; anything else (a Date, a Map, an undefined value, NaN...)
// keeps Playwright's own serialization, so what the page receives is what structuredClone gave.
export const jsonAnswerKey = '__pdHostedJson';

class NotPlainJson extends Error {}

function rejectNonJson(this: unknown, key: string, value: unknown): unknown {
  // `this[key]` is the value before toJSON (a Date would already be a string in `value`).
  const original = (this as Record<string, unknown>)[key];
  if (original === undefined || typeof original === 'bigint' || typeof original === 'function' || typeof original === 'symbol') throw new NotPlainJson();
  if (typeof original === 'number' && (!Number.isFinite(original) || Object.is(original, -0))) throw new NotPlainJson();
  if (typeof original === 'object' && original !== null && !Array.isArray(original) && Object.getPrototypeOf(original) !== Object.prototype) throw new NotPlainJson();
  return value;
}

/** The answer as it should cross: `{ [jsonAnswerKey]: text }` when JSON is exact for it, else itself. */
export function encodeAnswer(answer: unknown): unknown {
  try {
    return { [jsonAnswerKey]: JSON.stringify(answer, rejectNonJson) };
  } catch (error) {
    if (error instanceof NotPlainJson) return answer;
    throw error;
  }
}

/** Page side, as source text for the preload init script: the inverse of encodeAnswer. */
export const decodeAnswerSource = `(answer) => answer !== null && typeof answer === 'object' && typeof answer[${JSON.stringify(jsonAnswerKey)}] === 'string' && Object.keys(answer).length === 1 ? JSON.parse(answer[${JSON.stringify(jsonAnswerKey)}]) : answer`;

/** The same decoder in Node, for specs that call the binding directly as a foreign page would. */
export const decodeAnswer = new Function(`return ${decodeAnswerSource}`)() as (answer: unknown) => unknown;
