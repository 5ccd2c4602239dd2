import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query'
import * as z from 'zod/mini'

import { ApiError } from './errors.ts'
import { maybe, timestamp } from './schema-helpers.ts'

// Our own server's sync history (server/ledger), not an xPnA endpoint. It
// answers in our shapes, but is parsed like everything else that arrives.
const LEDGER_PATH = '/ledger/v1'

const recordedStepSchema = z.object({
  name: z.string(),
  status: z.string(),
  count: maybe(z.number()),
  startedAt: maybe(timestamp),
  completedAt: maybe(timestamp),
  message: maybe(z.string()),
})

export const recordedSyncSchema = z.object({
  syncId: z.string(),
  entityId: z.string(),
  entityName: maybe(z.string()),
  sourceSystem: maybe(z.string()),
  status: z.string(),
  message: maybe(z.string()),
  startedAt: maybe(timestamp),
  completedAt: maybe(timestamp),
  steps: z.array(recordedStepSchema),
  isFinal: z.boolean(),
  startedByKind: z.string(),
  startedBy: maybe(z.string()),
  requestId: maybe(z.string()),
  correlationId: maybe(z.string()),
  firstSeenAt: timestamp,
})

const pageSchema = z.object({
  data: z.array(recordedSyncSchema),
  meta: z.object({ nextCursor: maybe(z.string()) }),
})

const statusSchema = z.object({
  enabled: z.boolean(),
  isDegraded: z._default(z.optional(z.boolean()), false),
  lastError: maybe(z.string()),
})

export type RecordedSync = z.infer<typeof recordedSyncSchema>
export type LedgerStatus = z.infer<typeof statusSchema>

export type LedgerFilter = {
  entityId?: string
  statuses?: string[]
  since?: Date
  until?: Date
  limit?: number
}

export const ledgerKeys = {
  all: ['ledger'] as const,
  status: () => [...ledgerKeys.all, 'status'] as const,
  syncs: (filter: LedgerFilter) =>
    [...ledgerKeys.all, 'syncs', filter] as const,
}

function toParams(filter: LedgerFilter) {
  const params = new URLSearchParams()
  if (filter.entityId) params.set('entityId', filter.entityId)
  for (const status of filter.statuses ?? []) params.append('status', status)
  if (filter.since) params.set('since', filter.since.toISOString())
  if (filter.until) params.set('until', filter.until.toISOString())
  if (filter.limit) params.set('limit', String(filter.limit))
  return params
}

async function getLedger<S extends z.ZodMiniType>(
  path: string,
  schema: S,
  signal?: AbortSignal,
) {
  let response: Response
  try {
    response = await fetch(`${LEDGER_PATH}${path}`, {
      signal,
      headers: { accept: 'application/json' },
    })
  } catch (error) {
    if (signal?.aborted) throw signal.reason
    throw new ApiError({
      kind: 'network',
      message: 'Could not reach the dashboard server.',
      cause: error,
    })
  }
  const body: unknown = await response.json().catch(() => undefined)
  if (!response.ok) {
    const message =
      (body as { error?: { message?: string } } | undefined)?.error?.message ??
      `The sync history answered ${response.status}.`
    throw new ApiError({
      kind: 'http',
      status: response.status,
      message,
      isFromProxy: true,
    })
  }
  const parsed = schema.safeParse(body)
  if (!parsed.success) {
    throw new ApiError({
      kind: 'invalid-response',
      message: 'The sync history answered in an unexpected shape.',
    })
  }
  return parsed.data as z.infer<S>
}

export function ledgerStatusQuery() {
  return queryOptions({
    queryKey: ledgerKeys.status(),
    queryFn: ({ signal }) => getLedger('/status', statusSchema, signal),
    staleTime: 60_000,
  })
}

/** Pages of recorded syncs, newest first. */
export function ledgerSyncsQuery(filter: LedgerFilter) {
  return infiniteQueryOptions({
    queryKey: ledgerKeys.syncs(filter),
    queryFn: ({ signal, pageParam }) => {
      const params = toParams(filter)
      if (pageParam) params.set('cursor', pageParam)
      return getLedger(`/syncs?${params}`, pageSchema, signal)
    },
    initialPageParam: '',
    getNextPageParam: (page) => page.meta.nextCursor ?? undefined,
    refetchInterval: 30_000,
  })
}

/** Where the CSV export of `filter` downloads from, with local times in `timeZone`. */
export function ledgerExportUrl(filter: LedgerFilter, timeZone: string) {
  const params = toParams({ ...filter, limit: undefined })
  params.set('tz', timeZone)
  return `${LEDGER_PATH}/syncs.csv?${params}`
}

const oneSchema = z.object({ data: recordedSyncSchema })

/** One recorded sync, or null when the ledger has no record of it. */
export function ledgerSyncQuery(syncId: string) {
  return queryOptions({
    queryKey: [...ledgerKeys.all, 'sync', syncId] as const,
    queryFn: async ({ signal }) => {
      try {
        const body = await getLedger(
          `/syncs/${encodeURIComponent(syncId)}`,
          oneSchema,
          signal,
        )
        return body.data
      } catch (error) {
        if (error instanceof ApiError && error.status === 404) return null
        throw error
      }
    },
    retry: false,
  })
}
