import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { SitrepError } from '../../errors.js';
import { loadWordRoles, WORD_ROLES, WORDS } from './word-roles.js';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-roles-'));
function fileWith(rows: string[]): string {
  const file = join(dir, `roles-${Math.random().toString(36).slice(2)}.tsv`);
  writeFileSync(file, ['# test', 'role\twords\tmeaning', ...rows].join('\n'));
  return file;
}
const allRoles = WORD_ROLES.map((r) => `${r}\tsay|Tell\t`);

describe('word roles', () => {
  it('the shipped file gives every role a list', () => {
    for (const role of WORD_ROLES) assert.ok(WORDS[role].size > 0, role);
    assert.ok(WORDS.committing.has('vow'));
  });

  it('reads lemmas in lower case', () => {
    assert.ok(loadWordRoles(fileWith(allRoles)).telling.has('tell'));
  });

  const bad: [string, string[], RegExp][] = [
    ['an unknown role', [...allRoles, 'speaking\tsay\t'], /unknown role "speaking"/],
    ['a role twice', [...allRoles, 'saying\tsay\t'], /role "saying" appears twice/],
    ['a missing role', allRoles.slice(1), /no row for role\(s\) reciprocal/],
  ];
  for (const [label, rows, message] of bad) {
    it(`${label} is E011 naming the file`, () => {
      const file = fileWith(rows);
      assert.throws(
        () => loadWordRoles(file),
        (e: unknown) =>
          e instanceof SitrepError &&
          e.code === 'E011' &&
          message.test(e.message) &&
          e.message.includes(file),
      );
    });
  }
});
