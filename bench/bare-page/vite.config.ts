import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'

// Built by the weight benchmark with the same Vite and React plugin as the
// dashboard, so the two bundles differ only in what the dashboard adds.
export default defineConfig({
  root: import.meta.dirname,
  plugins: [react()],
})
