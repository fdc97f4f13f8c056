/**
 * Delivers one alert to a webhook: POST JSON, each attempt bounded by a timeout, retried with
 * exponential backoff on network errors, timeouts, 5xx and 429. A 4xx other than 429 is the
 * receiver saying no, and retrying would not change its mind.
 */
import type { WebhookConfig } from './rules.js';

export interface DeliveryResult {
  ok: boolean;
  attempts: number;
  status: number | null;
  error: string | null;
}

export async function postWebhook(
  config: WebhookConfig,
  payload: unknown,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
): Promise<DeliveryResult> {
  const body = JSON.stringify(payload);
  let last: DeliveryResult = { ok: false, attempts: 0, status: null, error: null };
  for (let attempt = 1; attempt <= config.retries + 1; attempt++) {
    if (attempt > 1) await sleep(config.backoffMs * 2 ** (attempt - 2));
    try {
      const response = await fetch(config.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'user-agent': 'sitrep-alerts' },
        body,
        signal: AbortSignal.timeout(config.timeoutMs),
        redirect: 'error',
      });
      // Drain the body so the connection can be reused.
      await response.arrayBuffer().catch(() => undefined);
      last = { ok: response.ok, attempts: attempt, status: response.status, error: null };
      if (response.ok) return last;
      if (response.status < 500 && response.status !== 429) return last;
    } catch (error) {
      last = { ok: false, attempts: attempt, status: null, error: (error as Error).message };
    }
  }
  return last;
}
