/** postcss-prune-var ships no types: a PostCSS plugin factory (used in vite.config.ts). */
declare module 'postcss-prune-var' {
  import type { PluginCreator } from 'postcss';
  const pruneVar: PluginCreator<{ skip?: string[] }>;
  export default pruneVar;
}
