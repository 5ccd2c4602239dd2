type Timed = { startedAt: Date | null; completedAt: Date | null }

/**
 * The span the step bars are drawn against: from the sync's start (or its
 * first step's) to its end, or to now while it runs. Null before anything
 * has started, when there is nothing to place.
 */
export function timeAxisOf(sync: Timed & { steps: Timed[] }, now: Date) {
  const starts = [sync.startedAt, ...sync.steps.map((s) => s.startedAt)]
  const ends = [sync.completedAt, ...sync.steps.map((s) => s.completedAt)]
  const start = earliest(starts)
  if (!start) return null
  const latestEnd = latest(ends)
  const end =
    sync.completedAt ?? (latestEnd && latestEnd > now ? latestEnd : now)
  return { start, end }
}

function earliest(dates: (Date | null)[]) {
  return dates.reduce<Date | null>(
    (min, d) => (d && (!min || d < min) ? d : min),
    null,
  )
}

function latest(dates: (Date | null)[]) {
  return dates.reduce<Date | null>(
    (max, d) => (d && (!max || d > max) ? d : max),
    null,
  )
}
