/**
 * Where alert firings are kept: the table `alert_firings` in the monitor's own database, and
 * the high-water marks of what has been evaluated (`alert_marks`). Created here with
 * CREATE TABLE IF NOT EXISTS rather than as a store migration, so the store's numbered
 * migrations stay its own; a later store migration can adopt these tables unchanged.
 */
import type Database from 'better-sqlite3';

type Db = Database.Database;
type Row = Record<string, unknown>;

export interface Firing {
  id: number;
  ruleId: string;
  /** What fired it (an event id, quote id or index day): a rule fires once per key. */
  key: string;
  kind: 'index' | 'event' | 'quote';
  message: string;
  subjectId: number | null;
  firedAt: string;
  delivery: 'none' | 'pending' | 'delivered' | 'failed';
  attempts: number;
}

export type NewFiring = Omit<Firing, 'id' | 'firedAt' | 'delivery' | 'attempts'>;

const SCHEMA = `
CREATE TABLE IF NOT EXISTS alert_firings (
  id          INTEGER PRIMARY KEY,
  rule_id     TEXT NOT NULL,
  key         TEXT NOT NULL,
  kind        TEXT NOT NULL,
  message     TEXT NOT NULL,
  subject_id  INTEGER,
  fired_at    TEXT NOT NULL,
  delivery    TEXT NOT NULL DEFAULT 'none',
  attempts    INTEGER NOT NULL DEFAULT 0,
  UNIQUE (rule_id, key)
);
CREATE TABLE IF NOT EXISTS alert_marks (
  name   TEXT PRIMARY KEY,
  value  INTEGER NOT NULL
);`;

export class AlertLog {
  private readonly s: ReturnType<typeof prepare>;

  constructor(db: Db) {
    db.exec(SCHEMA);
    this.s = prepare(db);
  }

  /** Stores a firing unless the rule already fired for that key; returns it when new. */
  add(firing: NewFiring, delivery: Firing['delivery']): Firing | null {
    const info = this.s.insert.run(
      firing.ruleId,
      firing.key,
      firing.kind,
      firing.message,
      firing.subjectId,
      new Date().toISOString(),
      delivery,
    );
    if (info.changes === 0) return null;
    return this.get(Number(info.lastInsertRowid));
  }

  get(id: number): Firing | null {
    const row = this.s.get.get(id) as Row | undefined;
    return row ? firingFromRow(row) : null;
  }

  list(limit: number, before?: number): Firing[] {
    return (this.s.list.all({ before: before ?? null, limit }) as Row[]).map(firingFromRow);
  }

  setDelivery(id: number, delivery: Firing['delivery'], attempts: number): void {
    this.s.delivery.run(delivery, attempts, id);
  }

  mark(name: string): number {
    const row = this.s.getMark.get(name) as Row | undefined;
    return row ? Number(row.value) : 0;
  }

  setMark(name: string, value: number): void {
    this.s.setMark.run(name, value);
  }
}

function firingFromRow(r: Row): Firing {
  return {
    id: Number(r.id),
    ruleId: String(r.rule_id),
    key: String(r.key),
    kind: String(r.kind) as Firing['kind'],
    message: String(r.message),
    subjectId: r.subject_id === null ? null : Number(r.subject_id),
    firedAt: String(r.fired_at),
    delivery: String(r.delivery) as Firing['delivery'],
    attempts: Number(r.attempts),
  };
}

function prepare(db: Db) {
  return {
    insert: db.prepare(
      `INSERT OR IGNORE INTO alert_firings (rule_id, key, kind, message, subject_id, fired_at, delivery)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ),
    get: db.prepare('SELECT * FROM alert_firings WHERE id = ?'),
    list: db.prepare(
      'SELECT * FROM alert_firings WHERE (@before IS NULL OR id < @before) ORDER BY id DESC LIMIT @limit',
    ),
    delivery: db.prepare('UPDATE alert_firings SET delivery = ?, attempts = ? WHERE id = ?'),
    getMark: db.prepare('SELECT value FROM alert_marks WHERE name = ?'),
    setMark: db.prepare(
      'INSERT INTO alert_marks (name, value) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET value = excluded.value',
    ),
  };
}
