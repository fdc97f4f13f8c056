/**
 * Live updates: the server tells open dashboards that the data changed (an ingest batch landed,
 * an alert fired) over server-sent events; the dashboard then refetches what it shows.
 */
export interface LiveMessage {
  type: 'change' | 'alert';
  data: unknown;
}

export class LiveHub {
  private readonly listeners = new Set<(m: LiveMessage) => void>();

  subscribe(listener: (m: LiveMessage) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  publish(message: LiveMessage): void {
    for (const listener of this.listeners) listener(message);
  }

  get size(): number {
    return this.listeners.size;
  }
}
