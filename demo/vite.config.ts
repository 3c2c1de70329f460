import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { CSP_NONCE_PLACEHOLDER } from './serve.mjs';

/**
 * The demo portal: `npm start` serves it, `npm run build:demo` writes demo/dist. It imports the
 * library from ../src, so changes show up without building the package first.
 */
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
  // Vite puts this placeholder on its tags and in <meta property="csp-nonce">, where
  // styled-components reads it for the <style> elements it inserts. The production server
  // replaces it with a fresh nonce per response (see serve.mjs).
  html: { cspNonce: CSP_NONCE_PLACEHOLDER },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173, strictPort: false },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
  },
});
