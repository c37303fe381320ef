// The harness's fast crossing must hand the page exactly what structuredClone gave main's answer.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeAnswer, encodeAnswer, encodeForCrossingSource, jsonAnswerKey } from './json-crossing';

// decodeAnswer is the page's decoder (decodeAnswerSource) evaluated in Node.
const cross = (answer: unknown) => decodeAnswer(encodeAnswer(structuredClone(answer)));

describe('the hosted harness answer crossing', () => {
  it('sends plain JSON answers as one string and gives them back equal', () => {
    const envelope = { ok: true, value: { items: [{ id: 'a', companyProfile: { companyName: 'Contoso', domain: 'contoso.onmicrosoft.com' } }], continuationToken: null, total: 3 } };
    expect(encodeAnswer(envelope)).toEqual({ [jsonAnswerKey]: JSON.stringify(envelope) });
    expect(cross(envelope)).toEqual(envelope);
    expect(decodeAnswer(encodeAnswer(envelope))).toEqual(envelope);
  });

  it('leaves answers JSON would change to the usual serialization', () => {
    for (const answer of [{ at: new Date(0) }, { missing: undefined }, [1, undefined], { n: Number.NaN }, { big: 1n }, { map: new Map([[1, 2]]) }, undefined, -0]) {
      expect(encodeAnswer(answer)).toBe(answer);
    }
  });

  it('round-trips any JSON-like value exactly', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(cross(value)).toStrictEqual(structuredClone(value));
      }),
    );
  });

  it('carries a call\'s arguments the same way, as the page encodes them', () => {
    const encodeInPage = new Function(`return ${encodeForCrossingSource}`)() as (value: unknown) => unknown;
    const args = [{ requestId: 'r-1', customer: { companyProfile: { domain: 'contoso' } } }];
    expect(encodeInPage(args)).toEqual({ [jsonAnswerKey]: JSON.stringify(args) });
    expect(decodeAnswer(encodeInPage(args))).toEqual(args);
    const withDate = [{ at: new Date(0) }];
    expect(encodeInPage(withDate)).toBe(withDate);
  });
});
