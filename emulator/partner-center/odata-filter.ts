// A small OData `$filter` for the referral inbox: comparisons (eq ne gt ge lt le) on status, substatus,
// type, dates and ids, joined with and/or and parentheses, e.g.
// `status eq 'New' and createdDateTime ge 2026-11-01T00:00:00Z`. Anything else is a 400, not a guess.
import { EmulatorErrorCode, type Referral } from '../../shared/partner-center';
import { PartnerCenterFault } from '../http/partner-center-fault';

export const FILTERABLE_FIELDS = ['id', 'engagementId', 'name', 'status', 'substatus', 'type', 'qualification', 'createdDateTime', 'updatedDateTime', 'expirationDateTime'] as const;
type Field = (typeof FILTERABLE_FIELDS)[number];
const DATE_FIELDS = new Set<Field>(['createdDateTime', 'updatedDateTime', 'expirationDateTime']);
const OPERATORS = ['eq', 'ne', 'gt', 'ge', 'lt', 'le'] as const;
type Operator = (typeof OPERATORS)[number];

export type ReferralPredicate = (referral: Referral) => boolean;

function invalid(why: string): PartnerCenterFault {
  return new PartnerCenterFault(400, EmulatorErrorCode.invalidFilter, `Invalid $filter: ${why}`);
}

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  const pattern = /\s*('(?:[^']|'')*'|\(|\)|[^\s()]+)/y;
  let match: RegExpExecArray | null;
  let position = 0;
  while (position < text.length && (match = pattern.exec(text))) {
    if (match[1] === undefined) break;
    tokens.push(match[1]);
    position = pattern.lastIndex;
  }
  if (text.slice(position).trim() !== '') throw invalid(`cannot read '${text.slice(position)}'.`);
  return tokens;
}

function literal(token: string | undefined, field: Field): string {
  if (token === undefined) throw invalid(`a value is missing after ${field}.`);
  if (token.startsWith("'")) {
    if (!token.endsWith("'") || token.length < 2) throw invalid(`unterminated string ${token}.`);
    const text = token.slice(1, -1).replace(/''/g, "'");
    return DATE_FIELDS.has(field) ? isoDate(text) : text;
  }
  if (DATE_FIELDS.has(field)) return isoDate(token);
  throw invalid(`the value for ${field} must be a quoted string, like '${token}'.`);
}

function isoDate(text: string): string {
  const time = Date.parse(text);
  if (Number.isNaN(time)) throw invalid(`'${text}' is not a date.`);
  return new Date(time).toISOString();
}

function compare(left: string, operator: Operator, right: string): boolean {
  switch (operator) {
    case 'eq': return left.toLowerCase() === right.toLowerCase();
    case 'ne': return left.toLowerCase() !== right.toLowerCase();
    case 'gt': return left > right;
    case 'ge': return left >= right;
    case 'lt': return left < right;
    case 'le': return left <= right;
  }
}

export function parseReferralFilter(text: string): ReferralPredicate {
  const tokens = tokenize(text);
  let index = 0;
  const peek = () => tokens[index];
  const next = () => tokens[index++];

  const comparison = (): ReferralPredicate => {
    if (peek() === '(') {
      next();
      const inner = disjunction();
      if (next() !== ')') throw invalid('a closing parenthesis is missing.');
      return inner;
    }
    const fieldToken = next();
    const field = FILTERABLE_FIELDS.find((name) => name.toLowerCase() === fieldToken?.toLowerCase());
    if (!field) throw invalid(`'${fieldToken ?? ''}' is not a filterable field (${FILTERABLE_FIELDS.join(', ')}).`);
    const operatorToken = next()?.toLowerCase();
    const operator = OPERATORS.find((name) => name === operatorToken);
    if (!operator) throw invalid(`'${operatorToken ?? ''}' is not an operator (${OPERATORS.join(', ')}).`);
    const value = literal(next(), field);
    return (referral) => {
      const actual = String(referral[field] ?? '');
      return compare(DATE_FIELDS.has(field) ? new Date(actual).toISOString() : actual, operator, value);
    };
  };
  const conjunction = (): ReferralPredicate => {
    let left = comparison();
    while (peek()?.toLowerCase() === 'and') {
      next();
      const right = comparison();
      const previous = left;
      left = (referral) => previous(referral) && right(referral);
    }
    return left;
  };
  const disjunction = (): ReferralPredicate => {
    let left = conjunction();
    while (peek()?.toLowerCase() === 'or') {
      next();
      const right = conjunction();
      const previous = left;
      left = (referral) => previous(referral) || right(referral);
    }
    return left;
  };

  if (tokens.length === 0) throw invalid('it is empty.');
  const predicate = disjunction();
  if (index < tokens.length) throw invalid(`unexpected '${tokens[index] ?? ''}'.`);
  return predicate;
}

export const ORDERABLE_FIELDS = ['createdDateTime', 'updatedDateTime'] as const;

export function parseReferralOrder(text: string): (a: Referral, b: Referral) => number {
  const keys = text.split(',').map((part) => {
    const [fieldToken, directionToken, extra] = part.trim().split(/\s+/);
    const field = ORDERABLE_FIELDS.find((name) => name.toLowerCase() === fieldToken?.toLowerCase());
    const direction = (directionToken ?? 'asc').toLowerCase();
    if (!field || extra !== undefined || (direction !== 'asc' && direction !== 'desc')) {
      throw new PartnerCenterFault(400, EmulatorErrorCode.invalidFilter, `Invalid $orderby '${text}': use createdDateTime or updatedDateTime, optionally followed by asc or desc.`);
    }
    return { field, sign: direction === 'desc' ? -1 : 1 };
  });
  return (a, b) => {
    for (const { field, sign } of keys) {
      if (a[field] !== b[field]) return a[field] < b[field] ? -sign : sign;
    }
    return 0;
  };
}
