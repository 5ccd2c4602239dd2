/// <reference types="node" />
import { readFileSync } from 'node:fs'

import { expect, test } from 'vitest'

// Reads the theme values from styles.css itself, so a token changed there
// is checked here before any page shows it; axe in e2e/ only sees the
// colours on the pages it happens to visit. (Vitest empties CSS imports,
// even with ?raw, so the file is read from disk.)
const css = readFileSync(new URL('styles.css', import.meta.url), 'utf8')
type Theme = 'light' | 'dark'

function tokens(): Record<Theme, Map<string, string>> {
  const result = { light: new Map<string, string>(), dark: new Map() }
  const pattern = /--color-([\w-]+)-value:\s*([^;]+);/g
  for (const [, name = '', value = ''] of css.matchAll(pattern)) {
    const pair = /^light-dark\(\s*(#[0-9a-f]{6}),\s*(#[0-9a-f]{6})\s*\)$/i.exec(
      value.trim(),
    )
    result.light.set(name, pair?.[1] ?? value.trim())
    result.dark.set(name, pair?.[2] ?? value.trim())
  }
  return result
}

function luminance(hex: string) {
  const channels = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  })
  const [r = 0, g = 0, b = 0] = channels
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2 contrast ratio between two #rrggbb colours. */
function contrast(a: string, b: string) {
  const [la, lb] = [luminance(a), luminance(b)]
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

// Every text colour on every background it is drawn on in src/.
const TEXT_ON: [text: string, backgrounds: string[]][] = [
  ['ink', ['canvas', 'surface']],
  ['ink-muted', ['canvas', 'surface']],
  ['ink-faint', ['canvas', 'surface']],
  ['link', ['canvas', 'surface']],
  ['accent-contrast', ['accent', 'accent-hover']],
  ...['success', 'danger', 'running', 'warning', 'neutral'].map(
    (tone): [string, string[]] => [`${tone}-fg`, [`${tone}-bg`, 'surface']],
  ),
]

const themes = tokens()

for (const theme of ['light', 'dark'] as const) {
  for (const [text, backgrounds] of TEXT_ON) {
    for (const background of backgrounds) {
      test(`${text} text on ${background} reads at 4.5:1 or more in the ${theme} theme`, () => {
        const fg = themes[theme].get(text)
        const bg = themes[theme].get(background)

        expect(fg, `--color-${text}-value`).toMatch(/^#[0-9a-f]{6}$/i)
        expect(bg, `--color-${background}-value`).toMatch(/^#[0-9a-f]{6}$/i)
        expect(contrast(fg ?? '', bg ?? '')).toBeGreaterThanOrEqual(4.5)
      })
    }
  }
}

test('the contrast formula matches WCAG on known pairs', () => {
  expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5)
  expect(contrast('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
})
