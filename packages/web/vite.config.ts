import react from '@vitejs/plugin-react';
import postcss from 'postcss';
import pruneVar from 'postcss-prune-var';
import { defineConfig, type Plugin } from 'vite';

/**
 * Drops the theme's custom properties that nothing uses (issue 9.9: the theme defines ~2,800 tokens for many
 * component libraries; the app's CSS uses a fraction). Tokens referenced from the JavaScript (e.g. chart
 * colours passed as `var(--…)`) are kept: they are added as a temporary rule before pruning.
 */
function pruneUnusedTokens(): Plugin {
  const KEEP = '.gd-tokens-used-by-scripts';
  return {
    name: 'gezinsdossier:prune-unused-tokens',
    apply: 'build',
    async generateBundle(_options, bundle) {
      const fromScripts = new Set<string>();
      for (const file of Object.values(bundle)) {
        if (file.type === 'chunk') {
          for (const m of file.code.matchAll(/var\((--[a-z0-9-]+)\)/g)) {
            fromScripts.add(m[1] as string);
          }
        }
      }
      const keep = `${KEEP}{${[...fromScripts].map((v) => `color:var(${v})`).join(';')}}`;
      for (const file of Object.values(bundle)) {
        if (file.type === 'asset' && file.fileName.endsWith('.css') && typeof file.source === 'string') {
          const pruned = await postcss([pruneVar()]).process(`${file.source}\n${keep}`, { from: undefined });
          file.source = pruned.css.replace(keep, '').trimEnd();
        }
      }
    },
  };
}

/**
 * The Utrecht component library is one module whose only top-level side effects are `X.displayName = 'X'`
 * assignments; they keep every one of its ~90 components in the bundle. Without them (production build only;
 * the names serve React DevTools) tree-shaking keeps just the components the app uses (issue 9.9).
 */
function treeShakeUtrecht(): Plugin {
  return {
    name: 'gezinsdossier:tree-shake-utrecht',
    apply: 'build',
    transform(code, id) {
      if (!id.includes('@utrecht/component-library-react/dist/index.mjs')) {
        return null;
      }
      return { code: code.replace(/^\w+\.displayName = '\w+';$/gm, ''), map: null };
    },
  };
}

// In development (`npm run dev`) the API runs on :3000 and Vite proxies /api to it.
export default defineConfig({
  plugins: [react(), treeShakeUtrecht(), pruneUnusedTokens()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
