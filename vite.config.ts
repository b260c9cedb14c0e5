/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import tailwindcss from '@tailwindcss/vite';
import { defineConfig } from 'vite';

// Shared between the two Vitest projects below.
const testExclude = ['node_modules/**', 'dist/**', 'e2e/**', 'bench/**'];

export default defineConfig({
  // Relative base: the app is served from https://<user>.github.io/<repo>/ on GitHub Pages.
  base: './',
  plugins: [react(), tailwindcss()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The budget that matters is the initial JavaScript gzip size, checked by
    // scripts/bundle-size.mjs after every build; Vite's raw-size warning is noise beside it.
    chunkSizeWarningLimit: 1024,
    // Vite 8 bundles with Rolldown: bundler options go in `build.rolldownOptions`
    // (`rollupOptions` is a deprecated alias).
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    // Environment is chosen by file name (see README "Tests"):
    //   *.test.ts  (src/**, test/**) -> node
    //   *.test.tsx (src/**)          -> jsdom, with jest-dom matchers and RTL cleanup
    // A single file can still override it with a `// @vitest-environment <env>` docblock.
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: testExclude,
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          exclude: testExclude,
          setupFiles: ['./test/setup-dom.ts'],
        },
      },
    ],
  },
});
