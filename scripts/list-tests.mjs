// Prints the project's test files, one per argument, for `node --test` on Node 20
// (which has no glob support of its own). Tests sit beside their code as *.test.ts.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

function walk(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...walk(path));
    else if (entry.name.endsWith('.test.ts')) found.push(path);
  }
  return found;
}

console.log(walk('src').sort().join(' '));
