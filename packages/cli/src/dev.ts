/**
 * `npm run dev`: the API on :3000 with reload on change (tsx watch) and the Vite dev server on :5173, which
 * proxies /api to the API. Stops both on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../../..');
const require = createRequire(import.meta.url);
const children = [
  spawn(
    process.execPath,
    [require.resolve('tsx/cli'), 'watch', path.join(root, 'packages/cli/src/main.ts'), 'start'],
    { stdio: 'inherit', cwd: root },
  ),
  // Vite through the web workspace's own script (its bin is not an exported path of the package).
  spawn('npm', ['run', 'dev', '-w', '@gezinsdossier/web'], { stdio: 'inherit', cwd: root }),
];
const stop = () => {
  for (const child of children) {
    child.kill('SIGTERM');
  }
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
for (const child of children) {
  child.once('exit', (code) => {
    stop();
    process.exitCode = code ?? 0;
  });
}
