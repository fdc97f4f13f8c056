/**
 * Alert rules as analysts write them in `sitrep.alerts.json`: an index threshold on a dyad, any
 * new event matching a dyad/quad/code pattern, or a new quote by a speaker. Validated with zod
 * so a typo in the file is reported with its path instead of silently never firing.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';

const key = z.string().min(1).max(64);
const factuality = z.enum(['asserted', 'negated', 'hypothetical', 'future']);

export const indexRuleSchema = z
  .object({
    id: z.string().min(1).max(80),
    type: z.literal('index'),
    source: key,
    target: key,
    level: z.enum(['country', 'actor']).default('country'),
    below: z.number().optional(),
    above: z.number().optional(),
  })
  .refine((r) => r.below !== undefined || r.above !== undefined, { message: 'needs "below" or "above"' });

export const eventRuleSchema = z.object({
  id: z.string().min(1).max(80),
  type: z.literal('event'),
  /** Ordered dyad. */
  source: key.optional(),
  target: key.optional(),
  /** Unordered pair: either side may act. */
  between: z.tuple([key, key]).optional(),
  /** 1 verbal cooperation … 4 material conflict. */
  quad: z.number().int().min(1).max(4).optional(),
  /** CAMEO code prefix. */
  code: z
    .string()
    .regex(/^\d{1,4}$/)
    .optional(),
  factuality: factuality.default('asserted'),
});

export const quoteRuleSchema = z.object({
  id: z.string().min(1).max(80),
  type: z.literal('quote'),
  /** Matched case-insensitively against the speaker's name. */
  speaker: z.string().min(1).max(120),
});

export const ruleSchema = z.union([indexRuleSchema, eventRuleSchema, quoteRuleSchema]);

export const alertConfigSchema = z.object({
  /** Dyads shown on the overview (default: the most active ones). */
  watch: z.array(z.tuple([key, key])).default([]),
  webhook: z
    .object({
      url: z.url({ protocol: /^https?$/ }),
      timeoutMs: z.number().int().min(100).max(60_000).default(5000),
      retries: z.number().int().min(0).max(10).default(3),
      backoffMs: z.number().int().min(0).max(60_000).default(500),
    })
    .optional(),
  rules: z.array(ruleSchema).default([]),
});

export type IndexRule = z.infer<typeof indexRuleSchema>;
export type EventRule = z.infer<typeof eventRuleSchema>;
export type QuoteRule = z.infer<typeof quoteRuleSchema>;
export type Rule = z.infer<typeof ruleSchema>;
export type AlertConfig = z.infer<typeof alertConfigSchema>;
export type WebhookConfig = NonNullable<AlertConfig['webhook']>;

export function parseAlertConfig(value: unknown, origin = 'alert config'): AlertConfig {
  const parsed = alertConfigSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${origin}: ${issue?.path.join('.') || '(root)'}: ${issue?.message ?? 'invalid'}`);
  }
  const ids = new Set<string>();
  for (const rule of parsed.data.rules) {
    if (ids.has(rule.id)) throw new Error(`${origin}: rule id "${rule.id}" is used twice`);
    ids.add(rule.id);
  }
  return parsed.data;
}

export function loadAlertConfig(path: string): AlertConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`cannot read alert rules ${path}: ${(error as Error).message}`);
  }
  return parseAlertConfig(raw, path);
}
