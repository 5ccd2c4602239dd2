import type { Connection } from '../../api/connections.ts'
import { connectionHealth, type Health } from '../../lib/status.ts'

const HEALTH_RANK: Record<Health, number> = {
  error: 0,
  syncing: 1,
  healthy: 2,
  inactive: 3,
}

/** What needs a person first: failures, then running syncs, then the rest by name. */
export function orderConnections(connections: readonly Connection[]) {
  return connections.toSorted(
    (a, b) =>
      HEALTH_RANK[connectionHealth(a)] - HEALTH_RANK[connectionHealth(b)] ||
      a.entityName.localeCompare(b.entityName),
  )
}

export function countByHealth(connections: readonly Connection[]) {
  const counts: Record<Health, number> = {
    error: 0,
    syncing: 0,
    healthy: 0,
    inactive: 0,
  }
  for (const connection of connections) counts[connectionHealth(connection)]++
  return counts
}
