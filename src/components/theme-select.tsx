import { useState } from 'react'

import {
  applyTheme,
  readThemeChoice,
  saveThemeChoice,
  THEME_CHOICES,
  type ThemeChoice,
} from '../lib/theme.ts'

const LABELS: Record<ThemeChoice, string> = {
  system: 'System',
  light: 'Light',
  dark: 'Dark',
}

/** Light, dark, or whatever the operating system uses; remembered per browser. */
export function ThemeSelect() {
  const [choice, setChoice] = useState(() =>
    readThemeChoice(window.localStorage),
  )

  function handleChange(next: ThemeChoice) {
    setChoice(next)
    saveThemeChoice(window.localStorage, next)
    applyTheme(document.documentElement, next)
  }

  return (
    <label className="flex items-center gap-2 text-sm text-ink-muted">
      Theme
      <select
        value={choice}
        onChange={(event) => handleChange(event.target.value as ThemeChoice)}
        className="rounded-md border border-line-strong bg-surface px-2 py-1 text-ink"
      >
        {THEME_CHOICES.map((option) => (
          <option key={option} value={option}>
            {LABELS[option]}
          </option>
        ))}
      </select>
    </label>
  )
}
