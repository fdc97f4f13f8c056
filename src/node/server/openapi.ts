/**
 * The OpenAPI 3.1 document at /openapi.json. Query parameters are generated from the same zod
 * schemas the routes validate with, so the document cannot drift from what is enforced.
 */
import { z } from 'zod';
import {
  actorsQuery,
  alertsQuery,
  articlesBody,
  eventsQuery,
  quotesQuery,
  seriesQuery,
  windowQuery,
} from './params.js';

type Json = Record<string, unknown>;

function queryParameters(schema: z.ZodObject): Json[] {
  const json = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as {
    properties?: Record<string, Json>;
    required?: string[];
  };
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...rest } = property;
    return {
      name,
      in: 'query',
      required: json.required?.includes(name) ?? false,
      ...(description ? { description } : {}),
      schema: rest,
    };
  });
}

const pathParam = (name: string, type: 'integer' | 'string', description: string): Json => ({
  name,
  in: 'path',
  required: true,
  description,
  schema: { type },
});

const ERROR: Json = {
  description: 'error',
  content: {
    'application/json': {
      schema: {
        type: 'object',
        properties: {
          error: {
            type: 'object',
            properties: { code: { type: 'string' }, message: { type: 'string' } },
            required: ['code', 'message'],
          },
        },
      },
    },
  },
};

const ok = (description: string): Json => ({
  description,
  content: { 'application/json': { schema: { type: 'object' } } },
});

function get(summary: string, parameters: Json[], description = summary): Json {
  return { get: { summary, parameters, responses: { 200: ok(description), 400: ERROR, 404: ERROR } } };
}

export function openApiDocument(): Json {
  return {
    openapi: '3.1.0',
    info: {
      title: 'sitrep API',
      version: '0.1.0',
      description:
        'Coded political events (who did what to whom), their reports, quotes, sources and alerts. ' +
        'Errors are {"error": {"code", "message"}}. Only POST /api/articles writes; it needs a bearer token.',
    },
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } },
    },
    paths: {
      '/api/events': get(
        'Merged events, newest first, with filters and cursor pagination',
        queryParameters(eventsQuery),
      ),
      '/api/events/{id}': get('One merged event with every supporting report and its spans', [
        pathParam('id', 'integer', 'merged event id'),
      ]),
      '/api/dyads/{a}/{b}/series': get(
        'Daily counts by quad class, Goldstein, escalation index and drivers',
        [
          pathParam('a', 'string', 'source key (USA) or CAMEO actor code (USAGOV)'),
          pathParam('b', 'string', 'target key or code'),
          ...queryParameters(seriesQuery),
        ],
      ),
      '/api/overview': get('Watched dyads with their index and sparkline, counts, latest alerts', []),
      '/api/quotes': get('Quotes by speaker, actor or text', queryParameters(quotesQuery)),
      '/api/outlets': get('Per outlet: quotes, sources and the share of anonymous ones', []),
      '/api/actors': get('Actors named in the articles', queryParameters(actorsQuery)),
      '/api/actors/{id}': get('Actor profile: role, aliases, recent events, quotes', [
        pathParam('id', 'string', 'actor name (URL-encoded) or country/org key'),
      ]),
      '/api/articles/{id}': get('Article text with every annotation span', [
        pathParam('id', 'integer', 'article id'),
      ]),
      '/api/articles': {
        post: {
          summary: 'Submit articles for extraction and storage',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/json': {
                schema: z.toJSONSchema(articlesBody, { io: 'input', unrepresentable: 'any' }),
              },
            },
          },
          responses: {
            201: ok('ingest outcomes and alert firings'),
            400: ERROR,
            401: ERROR,
            413: ERROR,
            415: ERROR,
          },
        },
      },
      '/api/network': get('Mediator network and directed interactions', queryParameters(windowQuery)),
      '/api/places': get('Event places with coordinates, for the map', queryParameters(windowQuery)),
      '/api/alerts': get('Alert rules and their firings, newest first', queryParameters(alertsQuery)),
      '/api/stats': get('Row counts and the data version', []),
      '/api/live': {
        get: {
          summary: 'Server-sent events: "change" when data is added, "alert" when a rule fires',
          responses: { 200: { description: 'text/event-stream' } },
        },
      },
    },
  };
}
