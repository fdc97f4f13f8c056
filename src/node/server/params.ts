/**
 * The API's query and body schemas (zod), the JSON error shape, and the helper that turns a
 * failed parse into a 400. The same schemas feed the OpenAPI document, so the contract the
 * server enforces is the one it publishes.
 */
import { z } from 'zod';

export class ApiError extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 413 | 415 | 500 | 503,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

const FACTUALITIES = ['asserted', 'negated', 'hypothetical', 'future'] as const;

const day = z.iso.date({ message: 'use an ISO date such as 2026-02-02' });
const key = z.string().trim().min(1).max(100);
const text = z.string().trim().min(1).max(200);
const limit = (max: number, fallback: number) => z.coerce.number().int().min(1).max(max).default(fallback);

export const eventsQuery = z.object({
  actor: key.optional().describe('either side: country/org key, CAMEO actor code or name'),
  country: z
    .string()
    .regex(/^[A-Z]{3}$/, 'an ISO 3166-1 alpha-3 code')
    .optional()
    .describe('source, target or place country'),
  dyad: z
    .string()
    .regex(/^[^:]+:[^:]+$/, 'write SOURCE:TARGET, e.g. USA:IRN')
    .optional()
    .describe('ordered dyad SOURCE:TARGET'),
  level: z.enum(['country', 'actor']).default('country').describe('level of the dyad keys'),
  code: z
    .string()
    .regex(/^\d{1,4}$/, 'a CAMEO code prefix of 1-4 digits')
    .optional(),
  root: z
    .string()
    .regex(/^\d{2}$/, 'a two-digit CAMEO root')
    .optional(),
  plover: z
    .string()
    .regex(/^[A-Z_]{2,40}$/, 'a PLOVER event type such as ASSAULT')
    .optional(),
  quad: z.coerce.number().int().min(1).max(4).optional(),
  factuality: z.enum([...FACTUALITIES, 'any']).default('any'),
  from: day.optional(),
  to: day.optional(),
  q: text.optional().describe('full-text search over the reporting articles'),
  limit: limit(500, 50),
  cursor: z.string().max(200).optional().describe('nextCursor of the previous page'),
});

export const seriesQuery = z.object({
  level: z.enum(['country', 'actor']).default('country'),
  factuality: z.enum(FACTUALITIES).default('asserted'),
  from: day.optional(),
  to: day.optional(),
});

export const quotesQuery = z.object({
  speaker: text.optional().describe('part of the speaker name or description'),
  actor: key.optional().describe("speaker's exact name, country or organisation"),
  q: text.optional().describe('full-text search over quote text and speaker'),
  limit: limit(500, 50),
  cursor: z.coerce.number().int().min(1).optional(),
});

export const actorsQuery = z.object({
  q: text.optional(),
  limit: limit(500, 100),
});

export const windowQuery = z.object({
  from: day.optional(),
  to: day.optional(),
  factuality: z.enum([...FACTUALITIES, 'any']).default('asserted'),
});

export const alertsQuery = z.object({
  limit: limit(500, 100),
  before: z.coerce.number().int().min(1).optional(),
});

export const idParam = z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER);

export const articleInput = z.object({
  id: z.string().max(300).optional(),
  text: z.string().min(1).max(500_000),
  title: z.string().max(1000).nullish(),
  published: day.nullish(),
  outlet: z.string().max(200).nullish(),
  url: z
    .url({ protocol: /^https?$/ })
    .max(2000)
    .nullish(),
});

export const articlesBody = z.union([
  z.object({ articles: z.array(articleInput).min(1).max(100) }),
  articleInput.transform((a) => ({ articles: [a] })),
]);

export type ArticleInputBody = z.infer<typeof articleInput>;

/** Parses with the schema or throws a 400 naming the first bad parameter. */
export function parseOr400<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
  throw new ApiError(400, 'bad_request', `${where}${issue?.message ?? 'invalid input'}`);
}

/** Cursors are opaque to clients: base64url JSON of the last row's position. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

export function decodeEventCursor(cursor: string): { day: number | null; id: number } {
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    const parsed = z
      .object({ day: z.number().int().nullable(), id: z.number().int().min(1) })
      .strict()
      .parse(value);
    return parsed;
  } catch {
    throw new ApiError(400, 'bad_request', 'cursor: not a cursor returned by this API');
  }
}
