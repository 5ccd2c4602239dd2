import { mutationOptions, queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'

import { createLimiter } from '../lib/limiter.ts'
import { syncPollIntervalMs } from '../lib/polling.ts'
import { startGrace } from '../lib/start-grace.ts'
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

function isEarly404(syncId: string, error: unknown) {
  return (
    isApiError(error) && error.status === 404 && startGrace.isWithin(syncId)
  )
}

// A sync xPnA has not registered yet is asked about again every second
// until it appears or the start grace runs out.
function retryStatus(syncId: string) {
  return (failureCount: number, error: unknown) =>
    isEarly404(syncId, error) || shouldRetry(failureCount, error)
}

function retryStatusDelay(syncId: string) {
  return (failureCount: number, error: unknown) =>
    isEarly404(syncId, error) ? 1_000 : retryDelayMs(failureCount, error)
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
    retryDelay: retryStatusDelay(syncId),
    refetchInterval: (query) =>
      syncPollIntervalMs({
        sync: query.state.data?.data,
        now: new Date(),
        watchStartedAt,
        lastAnsweredAt: Math.max(
          query.state.dataUpdatedAt,
          query.state.errorUpdatedAt,
        ),
        retryAfterMs: isApiError(query.state.error)
          ? query.state.error.retryAfterMs
          : null,
      }),
  })
}

// The overview asks why each failing row failed; a workspace with hundreds
// of failures must not send hundreds of requests at once.
const failureLookups = createLimiter(4)

/**
 * The status of a connection's last sync, for the overview's "why it needs
 * attention" line. Same cache entry as the sync page, so opening the sync
 * afterwards costs nothing; at most four are asked for at a time, and one
 * whose row scrolls away before its turn is never sent.
 */
export function lastSyncReasonQuery(syncId: string) {
  return queryOptions({
    ...syncStatusQuery(syncId),
    queryFn: ({ signal }) =>
      failureLookups.run(() => fetchSyncStatus(syncId, signal), signal),
    // A finished sync does not change; a later one gets a new syncId.
    staleTime: 5 * 60_000,
  })
}

export async function startSync(entityId: string) {
  const result = await requestApi('/connections/sync', {
    method: 'POST',
    body: { entityId },
    schema: startSyncResponseSchema,
  })
  startGrace.noteStarted(result.data.syncId)
  return result
}

export function startSyncMutation() {
  return mutationOptions({
    mutationKey: [...syncKeys.all, 'start'],
    mutationFn: (entityId: string) => startSync(entityId),
  })
}
