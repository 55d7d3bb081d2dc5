// The report site: static pages in dist/ that a county portal can host as they are, under any
// sub-path or opened from disk (relative links only, stylesheets inlined, no client JavaScript
// needed). The data pipeline runs in src/site/data.ts; see ARCHITECTURE.md.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  output: 'static',
  integrations: [mdx()],
  build: {
    format: 'directory',
    inlineStylesheets: 'always',
    // Several pages in flight at once keep the chart workers (src/site/chart-pool.ts) busy.
    concurrency: 4,
  },
  trailingSlash: 'ignore',
  compressHTML: true,
  devToolbar: { enabled: false },
  // Nothing is fetched at build time either: no remote images, no fonts from elsewhere.
  image: { domains: [] },
  vite: {
    build: {
      rollupOptions: {
        // MDX modules carry Astro's own "use astro:head-inject" marker; the bundler's note that
        // it may drop module-level directives is about Astro internals, not about this site.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
