import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { Reader } from './reader.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-dict-'));
after(() => rmSync(dir, { recursive: true, force: true }));
const actors = join(dir, 'actors.txt');
const verbs = join(dir, 'verbs.txt');
writeFileSync(
  actors,
  '<!-- fictional states -->\nARNOR [ARN]\nGONDOR [GON]\nKING_ARAGORN [GONGOV]\n+ARAGORN\n',
);
writeFileSync(verbs, '--- PARLEY [040] ---\nPARLEY\n- * WITH [046]\n');

describe("analysts' PETRARCH dictionaries", () => {
  const reader = new Reader({ dictionaries: { actors: [actors], verbs: [verbs] } });
  const record = reader.extract({
    id: 't',
    text: 'King Aragorn met Arnor envoys on Sunday. Gondor parleyed with Arnor.',
    published: '2026-02-02',
  });

  it('adds actors with the state and sector their code names', () => {
    assert.deepEqual(
      record.actors.map((a) => [a.name, a.country, a.sector]),
      [['King Aragorn', 'GON', 'GOV']],
    );
  });

  it('codes events with the dictionary verbs, keeping the rule that coded them', () => {
    const parley = record.events.find((e) => e.rule.startsWith('verbs.txt'));
    assert.ok(parley, 'an event coded from verbs.txt');
    assert.deepEqual([parley.source?.country, parley.target?.country, parley.cameo], ['GON', 'ARN', '046']);
  });
});
