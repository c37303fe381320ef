// How an answer from main crosses back into the page in the hosted harness. Playwright's binding
// serializes a returned object into its own verbose protocol format and rebuilds it in the page,
// which costs about half a second for a 500-customer page: far more than Electron's IPC, and it
// swamped every sync figure. An answer that JSON carries without loss crosses as one string
// instead and is parsed in the page; anything else (a Date, a Map, an undefined value, NaN...)
// keeps Playwright's own serialization, so what the page receives is what structuredClone gave.
export const jsonAnswerKey = '__pdHostedJson';

/**
 * As source text, so the page encodes its calls' arguments with the very same function main uses
 * for answers (arguments cross the same binding the other way). Throws inside JSON.stringify on
 * anything JSON would not carry exactly, and then leaves the value to Playwright.
 */
export const encodeForCrossingSource = `(value) => {
  const notPlainJson = {};
  const reject = function (key, json) {
    // this[key] is the value before toJSON (a Date would already be a string in json).
    const original = this[key];
    const type = typeof original;
    if (original === undefined || type === 'bigint' || type === 'function' || type === 'symbol') throw notPlainJson;
    if (type === 'number' && (!Number.isFinite(original) || Object.is(original, -0))) throw notPlainJson;
    if (type === 'object' && original !== null && !Array.isArray(original) && Object.getPrototypeOf(original) !== Object.prototype) throw notPlainJson;
    return json;
  };
  try {
    return { [${JSON.stringify(jsonAnswerKey)}]: JSON.stringify(value, reject) };
  } catch (error) {
    if (error === notPlainJson) return value;
    throw error;
  }
}`;

/** The answer as it should cross: `{ [jsonAnswerKey]: text }` when JSON is exact for it, else itself. */
export const encodeAnswer = new Function(`return ${encodeForCrossingSource}`)() as (answer: unknown) => unknown;

/** Page side, as source text for the preload init script: the inverse of encodeAnswer (and what main uses on arguments). */
export const decodeAnswerSource = `(answer) => answer !== null && typeof answer === 'object' && typeof answer[${JSON.stringify(jsonAnswerKey)}] === 'string' && Object.keys(answer).length === 1 ? JSON.parse(answer[${JSON.stringify(jsonAnswerKey)}]) : answer`;

/** The same decoder in Node: main's side of the arguments, and specs that call the binding directly. */
export const decodeAnswer = new Function(`return ${decodeAnswerSource}`)() as (answer: unknown) => unknown;
