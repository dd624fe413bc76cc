/**
 * Builds the web app only when its sources changed since the last build (issue 9.10: a warm `npm start`
 * rebuilt an unchanged app, 18 s). The build's inputs — the web package and the domain package it imports,
 * and the lockfile — are hashed; the hash is kept next to the build in `packages/web/dist/.source-hash`.
 *
 * Usage: tsx scripts/build-web-if-changed.ts
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'packages/web/dist');
const stamp = path.join(dist, '.source-hash');
const inputs = [
  'packages/web/src',
  'packages/web/index.html',
  'packages/web/vite.config.ts',
  'packages/web/package.json',
  'packages/domain/src',
  'package-lock.json',
];

function filesOf(entry: string): string[] {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) {
    return [];
  }
  if (fs.statSync(full).isFile()) {
    return [entry];
  }
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => filesOf(path.join(entry, d.name)))
    .filter((f) => !f.endsWith('.test.ts'));
}

const hash = createHash('sha256');
for (const file of inputs.flatMap(filesOf).sort()) {
  hash
    .update(file)
    .update('\0')
    .update(fs.readFileSync(path.join(root, file)))
    .update('\0');
}
const current = hash.digest('hex');
const built =
  fs.existsSync(path.join(dist, 'index.html')) && fs.existsSync(stamp) ? fs.readFileSync(stamp, 'utf8') : '';
if (built === current) {
  console.log('web app is up to date (sources unchanged since the last build)');
} else {
  execFileSync('npm', ['run', 'build', '-w', '@gezinsdossier/web'], { cwd: root, stdio: 'inherit' });
  fs.writeFileSync(stamp, current);
}
