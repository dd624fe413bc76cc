import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// In development (`npm run dev`) the API runs on :3000 and Vite proxies /api to it.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
  build: { outDir: 'dist', emptyOutDir: true },
});
