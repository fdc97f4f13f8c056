/**
 * The dashboard (src/client/api.ts) declares the shapes of the JSON it reads, since the browser
 * bundle cannot import server code. This file, type-checked with the server and never run,
 * ties each of those declarations to the type the server actually returns: a server change
 * that drops or retypes a field the dashboard reads fails `npm run typecheck` here.
 */
import type * as Client from '../../client/api.js';
import type { Firing } from '../alerts/log.js';
import type { EscalationDriver } from '../store/escalation.js';
import type { MediatorEdge } from '../store/network.js';
import type { DyadDay, MergedEvent, Report } from '../store/types.js';
import type { overview } from './app.js';
import type { ActorSummary, ArticleView, OutletSourcing, Place, Queries, QuoteRow } from './queries.js';
import type { DyadSeriesResponse } from './series.js';

/** Compiles only when the server's type can be read as the client's. */
type Serves<Server extends Client, Client> = [Server, Client];

export type Contract = [
  Serves<MergedEvent, Client.EventItem>,
  Serves<Report, Client.Report>,
  Serves<DyadDay, Client.DyadDay>,
  Serves<EscalationDriver, Client.Driver>,
  Serves<DyadSeriesResponse, Client.Series>,
  Serves<Firing, Client.Firing>,
  Serves<ReturnType<typeof overview>, Client.Overview>,
  Serves<QuoteRow, Client.Quote>,
  Serves<ArticleView, Client.ArticleView>,
  Serves<ActorSummary, Client.Actor>,
  Serves<OutletSourcing, Client.Outlet>,
  Serves<MediatorEdge, Client.MediatorEdge>,
  Serves<ReturnType<Queries['interactions']>[number], Client.Interaction>,
  Serves<Place, Client.Place>,
];
