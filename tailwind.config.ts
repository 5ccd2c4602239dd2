import type { Config } from 'tailwindcss'

// The design tokens. Colours name a role, never a hue, and resolve to CSS
// variables defined in src/styles.css for both themes. Every foreground
// token keeps at least 4.5:1 contrast on the backgrounds it is used on, in
// light and in dark (checked by the axe runs in e2e/).
const color = (name: string) => `var(--color-${name}-value)`

export default {
  content: ['./index.html', './src/**/*.{ts,tsx}'],
  theme: {
    extend: {
      colors: {
        canvas: color('canvas'),
        surface: color('surface'),
        ink: {
          DEFAULT: color('ink'),
          muted: color('ink-muted'),
          faint: color('ink-faint'),
        },
        line: { DEFAULT: color('line'), strong: color('line-strong') },
        accent: {
          DEFAULT: color('accent'),
          hover: color('accent-hover'),
          contrast: color('accent-contrast'),
        },
        link: color('link'),
        tone: Object.fromEntries(
          ['success', 'danger', 'running', 'warning', 'neutral'].flatMap(
            (tone) =>
              ['bg', 'fg', 'dot'].map((part) => [
                `${tone}-${part}`,
                color(`${tone}-${part}`),
              ]),
          ),
        ),
      },
      // Wide tables keep these widths and scroll inside their own box on a
      // narrower window (a tablet), so the page itself never scrolls sideways.
      minWidth: {
        'table-wide': '60rem',
        table: '56rem',
        'table-narrow': '48rem',
      },
      // One type scale for the whole app: dense tables want 13-14 px text,
      // headings stay modest so a page reads as a tool, not a brochure.
      fontSize: {
        '2xs': ['0.6875rem', { lineHeight: '1rem' }],
        xs: ['0.75rem', { lineHeight: '1rem' }],
        sm: ['0.875rem', { lineHeight: '1.25rem' }],
        base: ['1rem', { lineHeight: '1.5rem' }],
        lg: ['1.125rem', { lineHeight: '1.75rem' }],
        xl: ['1.25rem', { lineHeight: '1.75rem' }],
      },
    },
  },
} satisfies Config
