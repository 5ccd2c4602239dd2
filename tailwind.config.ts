import type { Config } from 'tailwindcss'

// The design tokens. Each tone pairs a tinted background with a foreground
// that keeps at least 4.5:1 contrast on it, so text stays readable.
export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        canvas: '#f6f7f9',
        surface: '#ffffff',
        ink: { DEFAULT: '#111827', muted: '#4b5563', faint: '#6b7280' },
        line: { DEFAULT: '#e5e7eb', strong: '#d1d5db' },
        accent: { DEFAULT: '#1d4ed8', hover: '#1e40af', soft: '#eff6ff' },
        tone: {
          'success-bg': '#ecfdf3',
          'success-fg': '#166534',
          'success-dot': '#16a34a',
          'danger-bg': '#fef2f2',
          'danger-fg': '#991b1b',
          'danger-dot': '#dc2626',
          'running-bg': '#eff6ff',
          'running-fg': '#1e40af',
          'running-dot': '#2563eb',
          'warning-bg': '#fffbeb',
          'warning-fg': '#92400e',
          'warning-dot': '#d97706',
          'neutral-bg': '#f3f4f6',
          'neutral-fg': '#374151',
          'neutral-dot': '#9ca3af',
        },
      },
      fontSize: {
        '2xs': ['0.6875rem', { lineHeight: '1rem' }],
      },
    },
  },
} satisfies Config
