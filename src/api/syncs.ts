import { mutationOptions, queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'

import { syncPollIntervalMs } from '../lib/polling.ts'
import { isApiError } from './errors.ts'
import { requestApi } from './http.ts'
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

export function syncStatusQuery(syncId: string) {
  return queryOptions({
    queryKey: syncKeys.status(syncId),
    queryFn: ({ signal }) => fetchSyncStatus(syncId, signal),
    refetchInterval: (query) =>
      syncPollIntervalMs({
        sync: query.state.data?.data,
        now: new Date(),
        retryAfterMs: isApiError(query.state.error)
          ? query.state.error.retryAfterMs
          : null,
      }),
  })
}

export function startSync(entityId: string) {
  return requestApi('/connections/sync', {
    method: 'POST',
    body: { entityId },
    schema: startSyncResponseSchema,
  })
}

export function startSyncMutation() {
  return mutationOptions({
    mutationKey: [...syncKeys.all, 'start'],
    mutationFn: (entityId: string) => startSync(entityId),
  })
}
