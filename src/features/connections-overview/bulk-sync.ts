import type { Connection } from '../../api/connections.ts'
import { isApiError } from '../../api/errors.ts'
import { createLimiter } from '../../lib/limiter.ts'

/**
 * Starts in flight at once: enough to finish a few dozen quickly, few
 * enough not to trip xPnA's rate limit.
 */
export const BULK_CONCURRENCY = 3
/** Above this many, the page asks before starting. */
export const BULK_CONFIRM_ABOVE = 5

export type BulkTarget = Pick<
  Connection,
  'entityId' | 'entityName' | 'isActive' | 'isCurrentlySyncing' | 'lastSyncId'
>

type Named = { entityId: string; entityName: string }

export type BulkOutcome = Named &
  (
    | { kind: 'started'; syncId: string }
    /** Already syncing: seen in the list, or a 409 for an active connection. */
    | { kind: 'running'; syncId: string | null }
    | { kind: 'failed'; message: string; requestId: string | null }
  )

type StartMany = {
  start: (entityId: string) => Promise<{ syncId: string }>
  /** Called as each entity's outcome is known, in the order they finish. */
  onOutcome?: (outcome: BulkOutcome) => void
  concurrency?: number
}

/**
 * Starts one sync per entity, never two: the list is de-duplicated, and an
 * entity the list already shows syncing is reported as running without
 * asking xPnA again. Resolves once every entity has an outcome; never
 * rejects.
 */
export async function startMany(
  targets: readonly BulkTarget[],
  { start, onOutcome, concurrency = BULK_CONCURRENCY }: StartMany,
): Promise<BulkOutcome[]> {
  const limiter = createLimiter(concurrency)
  const unique = [...new Map(targets.map((t) => [t.entityId, t])).values()]
  const outcomes: BulkOutcome[] = []

  function report(outcome: BulkOutcome) {
    outcomes.push(outcome)
    onOutcome?.(outcome)
  }

  async function startOne(target: BulkTarget) {
    const named = { entityId: target.entityId, entityName: target.entityName }
    if (target.isCurrentlySyncing) {
      return report({ ...named, kind: 'running', syncId: target.lastSyncId })
    }
    try {
      const { syncId } = await limiter.run(() => start(target.entityId))
      report({ ...named, kind: 'started', syncId })
    } catch (error) {
      // xPnA also answers 409 for an inactive connection; that is a refusal
      // to report with its message, not a sync to point at.
      if (isApiError(error) && error.status === 409 && target.isActive) {
        return report({ ...named, kind: 'running', syncId: null })
      }
      report({
        ...named,
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
        requestId: isApiError(error) ? error.requestId : null,
      })
    }
  }

  await Promise.all(unique.map(startOne))
  return outcomes
}
