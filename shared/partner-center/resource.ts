// Pieces every Partner Center resource shares: the `attributes` block and the paged collection.
// Declared once so the emulator, the main-process client and the renderer read the same shapes.
import { z } from 'zod';

/** Every resource says what it is (`objectType`) and, where it can be edited, its concurrency etag. */
export const resourceAttributesSchema = z.object({
  objectType: z.string().optional(),
  etag: z.string().optional(),
});
export type ResourceAttributes = z.infer<typeof resourceAttributesSchema>;

/** A header the next call must carry, e.g. `MS-ContinuationToken`. */
export const linkHeaderSchema = z.object({ key: z.string(), value: z.string() });
export type LinkHeader = z.infer<typeof linkHeaderSchema>;

export const linkSchema = z.object({
  uri: z.string(),
  method: z.string(),
  headers: z.array(linkHeaderSchema),
});
export type Link = z.infer<typeof linkSchema>;

/** `{totalCount, items, links, attributes:{objectType:"Collection"}}`; `links.next` only while more pages exist. */
export interface Collection<T> {
  totalCount: number;
  items: T[];
  links?: { self?: Link; next?: Link };
  attributes: { objectType: 'Collection' };
}

export function collectionSchema<T extends z.ZodType>(item: T) {
  return z.object({
    totalCount: z.number().int().nonnegative(),
    items: z.array(item),
    links: z.object({ self: linkSchema.optional(), next: linkSchema.optional() }).optional(),
    attributes: z.object({ objectType: z.literal('Collection') }),
  });
}

/** The name of the paging header, as Partner Center spells it. */
export const CONTINUATION_TOKEN_HEADER = 'MS-ContinuationToken';
