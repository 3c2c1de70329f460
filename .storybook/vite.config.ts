import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Storybook's Vite config: React only (the library build's options do not apply here). */
export default defineConfig({
  plugins: [react()],
  // See vitest.config.ts: a dependency found late makes Vite re-bundle and reload.
  optimizeDeps: { include: ['get-nonce'] },
});
