// Builds the dashboard (src/client) into dist/client, which `sitrep serve` serves at /.
// Everything is bundled (charts, map shapes): the dashboard makes no request off the server.
import { defineConfig } from 'vite';

export default defineConfig({
  root: 'src/client',
  base: '/',
  publicDir: false,
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 300,
    reportCompressedSize: false,
  },
});
