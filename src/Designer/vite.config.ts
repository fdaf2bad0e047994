import { defineConfig } from "vite";
import react from "@vitejs/plugin-react";

// The bundle is served by the Engine at "/"; `npm run dev` proxies the API to a running engine.
export default defineConfig({
  plugins: [react()],
  base: "/",
  build: { outDir: "dist", emptyOutDir: true, chunkSizeWarningLimit: 2500 },
  server: {
    proxy: {
      "/api": "http://127.0.0.1:5080",
      "/health": "http://127.0.0.1:5080",
    },
  },
});
