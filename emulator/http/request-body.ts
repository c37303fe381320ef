// Reads a JSON request body the way Partner Center does: property names in any case (PascalCase from
// the .NET SDK, camelCase from everyone else), checked against the shared zod schema, and refused
// with a 400 that names the field when it is wrong.
import type { z } from 'zod';
import { EmulatorErrorCode, PartnerCenterErrorCode } from '../../shared/partner-center';
import { PartnerCenterFault } from './partner-center-fault';

/** Parses raw body text; malformed JSON becomes a Partner Center 400, never a crash or a 500. */
export function parseJsonText(raw: unknown): unknown {
  if (raw === undefined || raw === null || raw === '') {
    throw new PartnerCenterFault(400, EmulatorErrorCode.malformedJson, 'The request body is empty; a JSON body is required.');
  }
  if (typeof raw !== 'string') return raw;
  try {
    return JSON.parse(raw) as unknown;
  } catch (error) {
    throw new PartnerCenterFault(400, EmulatorErrorCode.malformedJson, `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

interface SchemaDef {
  type: string;
  shape?: Record<string, z.ZodType>;
  innerType?: z.ZodType;
  element?: z.ZodType;
  in?: z.ZodType;
  left?: z.ZodType;
  right?: z.ZodType;
  options?: z.ZodType[];
}

function defOf(schema: z.ZodType): SchemaDef {
  return (schema as unknown as { _zod: { def: SchemaDef } })._zod.def;
}

/** Renames the body's keys to the schema's spelling, ignoring case, all the way down. */
export function matchKeysToSchema(value: unknown, schema: z.ZodType): unknown {
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return def.innerType ? matchKeysToSchema(value, def.innerType) : value;
    case 'pipe':
      return def.in ? matchKeysToSchema(value, def.in) : value;
    case 'array':
      return Array.isArray(value) && def.element ? value.map((item) => matchKeysToSchema(item, def.element as z.ZodType)) : value;
    case 'union':
      return def.options?.[0] && defOf(def.options[0]).type === 'object' ? matchKeysToSchema(value, def.options[0]) : value;
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value) || !def.shape) return value;
      const known = new Map(Object.keys(def.shape).map((key) => [key.toLowerCase(), key]));
      const out: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const name = known.get(key.toLowerCase()) ?? key;
        const fieldSchema = def.shape[name];
        out[name] = fieldSchema ? matchKeysToSchema(item, fieldSchema) : item;
      }
      return out;
    }
    default:
      return value;
  }
}

/** `billingProfile.defaultAddress.addressLine1` → `BillingProfile.DefaultAddress.AddressLine1`, as Microsoft's messages say it. */
export function partnerCenterPath(path: readonly PropertyKey[]): string {
  return path.map((part) => (typeof part === 'number' ? `[${part}]` : String(part).charAt(0).toUpperCase() + String(part).slice(1))).join('.').replace(/\.\[/g, '[');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current = input;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** One sentence per fault, naming the field: "BillingProfile.Email is required". */
export function describeIssues(issues: readonly z.core.$ZodIssue[], input: unknown): { description: string; data: unknown[] } {
  const details = issues.map((issue) => {
    const field = partnerCenterPath(issue.path);
    let message = issue.message;
    if (issue.code === 'invalid_type' && valueAt(input, issue.path) === undefined) message = `${field || 'The body'} is required`;
    else if (message.startsWith('Invalid input')) message = `${field || 'The body'} has the wrong type (${message.replace(/^Invalid input: /, '')})`;
    return { field, message: field && !message.startsWith(field) ? `${field}: ${message}` : message };
  });
  return {
    description: `The request is invalid. ${details.map((detail) => detail.message).join('; ')}.`,
    data: details,
  };
}

/** Parses, renames keys, validates; throws a Partner Center 400 (code 3000) describing every fault. */
export function readBody<S extends z.ZodType>(raw: unknown, schema: S): z.output<S> {
  const parsed = matchKeysToSchema(parseJsonText(raw), schema);
  const result = schema.safeParse(parsed);
  if (!result.success) {
    const { description, data } = describeIssues(result.error.issues, parsed);
    throw new PartnerCenterFault(400, PartnerCenterErrorCode.invalidProperty, description, data);
  }
  return result.data;
}
