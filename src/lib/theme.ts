export type ThemeChoice = 'system' | 'light' | 'dark'

export const THEME_CHOICES: ThemeChoice[] = ['system', 'light', 'dark']

const STORAGE_KEY = 'xpna.theme'

function isThemeChoice(value: unknown): value is ThemeChoice {
  return THEME_CHOICES.includes(value as ThemeChoice)
}

/** The remembered choice; anything unreadable means "follow the system". */
export function readThemeChoice(storage: Pick<Storage, 'getItem'> | undefined) {
  try {
    const stored = storage?.getItem(STORAGE_KEY)
    return isThemeChoice(stored) ? stored : 'system'
  } catch {
    return 'system'
  }
}

export function saveThemeChoice(
  storage: Pick<Storage, 'setItem'> | undefined,
  choice: ThemeChoice,
) {
  try {
    storage?.setItem(STORAGE_KEY, choice)
  } catch {
    // Private windows may refuse storage: the choice then lasts this visit.
  }
}

/**
 * Sets the theme on the root element. "system" removes the override so
 * the stylesheet's light-dark() values follow the operating system.
 */
export function applyTheme(root: HTMLElement, choice: ThemeChoice) {
  if (choice === 'system') delete root.dataset.theme
  else root.dataset.theme = choice
}
