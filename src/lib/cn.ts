import { clsx, type ClassValue } from 'clsx'

/** Joins class names; Tailwind lists are split by concern at call sites. */
export function cn(...values: ClassValue[]) {
  return clsx(values)
}
