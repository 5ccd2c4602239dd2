/** Who started a recorded sync, in words for a table cell. */
export function startedByLabel(kind: string, who: string | null) {
  if (kind === 'person') return who ?? 'A person'
  if (kind === 'dashboard') return 'Through this dashboard'
  return 'Schedule or elsewhere'
}
