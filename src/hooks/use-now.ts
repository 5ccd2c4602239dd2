import { useEffect, useState } from 'react'

/**
 * The current time, refreshed every `intervalMs` while `isTicking`, so
 * relative times and running durations move without a refetch.
 */
export function useNow(intervalMs = 1_000, isTicking = true) {
  const [now, setNow] = useState(() => new Date())

  useEffect(() => {
    if (!isTicking) return
    const timer = window.setInterval(() => setNow(new Date()), intervalMs)
    return () => window.clearInterval(timer)
  }, [intervalMs, isTicking])

  return now
}
