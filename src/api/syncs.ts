import { mutationOptions, queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'

import { syncPollIntervalMs } from '../lib/polling.ts'
import { isApiError, shouldRetry } from './errors.ts'
import { requestApi } from './http.ts'
import { retryDelayMs } from './retry-delay.ts'
import { envelope, maybe, timestamp } from './schema-helpers.ts'

// POST /connections/sync, reference section "Sync response".
export const startSyncResponseSchema = envelope(
  z.object({
    syncId: z.string().check(z.minLength(1)),
    entityId: maybe(z.string()),
    message: maybe(z.string()),
  }),
)

// The reference shows `count` on every step; a step that has not started
// may reasonably come without one, so it is optional here.
export const syncStepSchema = z.object({
  name: z.string(),
  status: z.string(),
  message: maybe(z.string()),
  count: maybe(z.number()),
  startedAt: maybe(timestamp),
  completedAt: maybe(timestamp),
})

// GET /connections/sync/{syncId}/status, reference "Sync status response".
export const syncStatusSchema = z.object({
  syncId: z.string(),
  status: z.string(),
  message: maybe(z.string()),
  startedAt: maybe(timestamp),
  completedAt: maybe(timestamp),
  steps: z.pipe(
    maybe(z.array(syncStepSchema)),
    z.transform((steps) => steps ?? []),
  ),
})

export const syncStatusResponseSchema = envelope(syncStatusSchema)

export type SyncStatus = z.infer<typeof syncStatusSchema>
export type SyncStep = z.infer<typeof syncStepSchema>

export const syncKeys = {
  all: ['syncs'] as const,
  status: (syncId: string) => [...syncKeys.all, 'status', syncId] as const,
}

export function fetchSyncStatus(syncId: string, signal?: AbortSignal) {
  return requestApi(`/connections/sync/${encodeURIComponent(syncId)}/status`, {
    schema: syncStatusResponseSchema,
    signal,
  })
}

// Upstream may not know a sync for a moment after starting it; a 404 in
// this window means "starting", not "not found".
const START_GRACE_MS = 15_000
const startedAtBySyncId = new Map<string, number>()

/** True while a 404 for this sync is more likely "not registered yet". */
export function isWithinStartGrace(syncId: string, now = Date.now()) {
  const startedAt = startedAtBySyncId.get(syncId)
  return startedAt !== undefined && now - startedAt < START_GRACE_MS
}

function retryStatus(syncId: string) {
  return (failureCount: number, error: unknown) => {
    const isEarly404 =
      isApiError(error) && error.status === 404 && isWithinStartGrace(syncId)
    return isEarly404 || shouldRetry(failureCount, error)
  }
}

type SyncStatusQueryOptions = {
  /** When the page began watching; unknown statuses stop being polled 30 min on. */
  watchStartedAt?: Date
}

export function syncStatusQuery(
  syncId: string,
  { watchStartedAt }: SyncStatusQueryOptions = {},
) {
  return queryOptions({
    queryKey: syncKeys.status(syncId),
    queryFn: ({ signal }) => fetchSyncStatus(syncId, signal),
    retry: retryStatus(syncId),
    retryDelay: retryDelayMs,
    refetchInterval: (query) =>
      syncPollIntervalMs({
        sync: query.state.data?.data,
        now: new Date(),
        watchStartedAt,
        retryAfterMs: isApiError(query.state.error)
          ? query.state.error.retryAfterMs
          : null,
      }),
  })
}

export async function startSync(entityId: string) {
  const result = await requestApi('/connections/sync', {
    method: 'POST',
    body: { entityId },
    schema: startSyncResponseSchema,
  })
  startedAtBySyncId.set(result.data.syncId, Date.now())
  return result
}

export function startSyncMutation() {
  return mutationOptions({
    mutationKey: [...syncKeys.all, 'start'],
    mutationFn: (entityId: string) => startSync(entityId),
  })
}
