// @vitest-environment happy-dom
import { expect, test } from 'vitest'

import { applyTheme, readThemeChoice, saveThemeChoice } from './theme.ts'

test('remembers the chosen theme', () => {
  saveThemeChoice(window.localStorage, 'dark')

  expect(readThemeChoice(window.localStorage)).toBe('dark')
})

test('follows the system when nothing sensible is stored', () => {
  window.localStorage.setItem('xpna.theme', 'neon')

  expect(readThemeChoice(window.localStorage)).toBe('system')
  expect(readThemeChoice(undefined)).toBe('system')
})

test('sets and clears the theme override on the root element', () => {
  const root = document.createElement('html')

  applyTheme(root, 'light')
  expect(root.dataset.theme).toBe('light')

  applyTheme(root, 'system')
  expect(root.dataset.theme).toBeUndefined()
})
