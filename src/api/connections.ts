import { queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'

import { connectionsPollIntervalMs } from '../lib/polling.ts'
import { isApiError, shouldRetry } from './errors.ts'
import { requestApi } from './http.ts'
import { retryDelayMs } from './retry-delay.ts'
import { envelope, maybe, timestamp } from './schema-helpers.ts'

/** A yes/no field that may be missing; absent means the documented default. */
function flag(fallback: boolean) {
  return z.pipe(
    z.nullable(z.optional(z.boolean())),
    z.transform((value) => value ?? fallback),
  )
}

// GET /connections, reference section "Connections response".
export const connectionSchema = z.object({
  entityId: z.string().check(z.minLength(1)),
  entityName: z.string(),
  hasError: flag(false),
  isActive: flag(true),
  isCurrentlySyncing: flag(false),
  lastSyncId: maybe(z.string()),
  lastSyncStatus: maybe(z.string()),
  lastSyncAt: maybe(timestamp),
  nextScheduledSyncAt: maybe(timestamp),
  sourceSystem: maybe(z.string()),
})

export const connectionsResponseSchema = envelope(z.array(connectionSchema))

export type Connection = z.infer<typeof connectionSchema>

export const connectionKeys = {
  all: ['connections'] as const,
  list: () => [...connectionKeys.all, 'list'] as const,
}

export function fetchConnections(signal?: AbortSignal) {
  return requestApi('/connections', {
    schema: connectionsResponseSchema,
    signal,
  })
}

export function connectionsQuery() {
  return queryOptions({
    queryKey: connectionKeys.list(),
    queryFn: ({ signal }) => fetchConnections(signal),
    retry: shouldRetry,
    retryDelay: retryDelayMs,
    refetchInterval: (query) =>
      connectionsPollIntervalMs({
        connections: query.state.data?.data,
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
