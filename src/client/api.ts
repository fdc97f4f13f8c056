/**
 * The API as the dashboard uses it: typed fetches of the JSON routes. The shapes mirror the
 * server's (src/node/server); only the fields the views read are declared, and
 * src/node/server/client-contract.ts checks each against the type the server returns.
 */
export type Span = [number, number];
export type Factuality = 'asserted' | 'negated' | 'hypothetical' | 'future';

export interface EventItem {
  id: number;
  sourceKey: string;
  targetKey: string;
  sourceName: string | null;
  targetName: string | null;
  cameo: string;
  plover: string | null;
  goldstein: number | null;
  quad: number | null;
  factuality: Factuality;
  dateStart: string | null;
  placeName: string | null;
  reports: number;
  outlets: number;
  stories: number;
  evidence: string;
  firstArticleId: number;
}

export interface Report {
  eventId: number;
  articleId: number;
  outlet: string | null;
  url: string | null;
  title: string | null;
  reportedAt: string;
  evidence: string;
  date: string | null;
}

export interface DyadDay {
  day: string;
  events: number;
  quad: [number, number, number, number];
  goldsteinMean: number | null;
}

export interface Driver {
  mergedId: number;
  date: string | null;
  cameo: string;
  goldstein: number;
  reports: number;
  evidence: string;
  pull: number;
}

export interface Latest {
  z: number | null;
  asOf: string | null;
  recentMean: number | null;
  baselineMean: number | null;
  recentEvents: number;
  baselineEvents: number;
}

export interface Series {
  source: string;
  target: string;
  days: DyadDay[];
  index: Array<{ day: string; z: number | null }>;
  latest: Latest | null;
  drivers: Driver[];
}

export interface Firing {
  id: number;
  ruleId: string;
  kind: string;
  message: string;
  subjectId: number | null;
  firedAt: string;
  delivery: string;
}

export interface Overview {
  counts: Record<string, number>;
  dyads: Array<{
    source: string;
    target: string;
    events: number;
    latest: Latest | null;
    sparkline: Array<{ day: string; events: number; goldsteinMean: number | null; z: number | null }>;
    drivers: Driver[];
  }>;
  alerts: Firing[];
}

export interface Quote {
  id: number;
  articleId: number;
  text: string;
  span: Span;
  speaker: string | null;
  anonymous: boolean;
  description: string | null;
  speakerSpan: Span | null;
  cue: string | null;
  outlet: string | null;
  title: string | null;
  published: string | null;
}

export interface ArticleView {
  id: number;
  title: string | null;
  outlet: string | null;
  url: string | null;
  published: string | null;
  text: string;
  dates: Array<{ text: string; value: string | null; span: Span }>;
  actors: Array<{ name: string; type: string; country: string | null; role: string | null; spans: Span[] }>;
  quotes: Quote[];
  sources: Array<{ text: string; kind: string; via: string | null; span: Span; also: Span[] }>;
  events: Array<{
    id: number;
    mergedId: number;
    cameo: string;
    quad: number | null;
    factuality: Factuality;
    date: string | null;
    source: string | null;
    target: string | null;
    spans: {
      evidence: Span;
      trigger: Span;
      source: Span | null;
      target: Span | null;
      date: Span | null;
      factuality: Span | null;
    };
  }>;
}

export interface Actor {
  id: string;
  name: string;
  type: string;
  country: string | null;
  org: string | null;
  code: string | null;
  role: string | null;
  articles: number;
  mentions: number;
  quotes: number;
}

export interface Outlet {
  outlet: string;
  articles: number;
  quotes: number;
  anonymousQuotes: number;
  sources: number;
  anonymousSources: number;
  anonymousShare: number;
}

export interface MediatorEdge {
  mediator: string;
  pair: [string, string];
  codes: Record<string, number>;
  mediates: boolean;
  events: number[];
}

export interface Interaction {
  source: string;
  target: string;
  events: number;
  cooperation: number;
  conflict: number;
  goldsteinMean: number | null;
}

export interface Place {
  name: string;
  country: string | null;
  lat: number;
  lon: number;
  events: number;
  conflict: number;
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

export async function get<T>(
  path: string,
  params: Record<string, string | number | undefined> = {},
): Promise<T> {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') query.set(k, String(v));
  const qs = query.toString();
  const response = await fetch(qs ? `${path}?${qs}` : path, { headers: { accept: 'application/json' } });
  const body = (await response.json()) as T & { error?: { message: string } };
  if (!response.ok) throw new HttpError(response.status, body.error?.message ?? response.statusText);
  return body;
}

export const enc = encodeURIComponent;
