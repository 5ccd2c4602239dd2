import type { EntityInfo, RecordedStep, SyncSnapshot } from './ledger-types.ts'

// The watcher reads xPnA's answers on the server, where the browser's zod
// schemas do not run. It keeps only what the ledger stores, takes what it
// can, and treats anything unreadable as "no answer this time".

export interface ListedConnection extends EntityInfo {
  lastSyncId: string | null
  isCurrentlySyncing: boolean
}

export interface ResponseIds {
  requestId: string | null
  correlationId: string | null
}

type Json = Record<string, unknown>

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function text(value: unknown) {
  return typeof value === 'string' && value !== '' ? value : null
}

function count(value: unknown) {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

/** The entities and their latest sync ids from GET /connections. */
export function readConnections(body: unknown): ListedConnection[] | null {
  if (!isObject(body) || !Array.isArray(body.data)) return null
  return body.data.filter(isObject).flatMap((item) => {
    const entityId = text(item.entityId)
    if (!entityId) return []
    return [
      {
        entityId,
        entityName: text(item.entityName),
        sourceSystem: text(item.sourceSystem),
        lastSyncId: text(item.lastSyncId),
        isCurrentlySyncing: item.isCurrentlySyncing === true,
      },
    ]
  })
}

/** One sync's state from GET /connections/sync/{syncId}/status. */
export function readSyncStatus(
  body: unknown,
  syncId: string,
): SyncSnapshot | null {
  if (!isObject(body) || !isObject(body.data)) return null
  const data = body.data
  const status = text(data.status)
  if (!status) return null
  const steps = Array.isArray(data.steps) ? data.steps.filter(isObject) : []
  return {
    syncId: text(data.syncId) ?? syncId,
    status,
    message: text(data.message),
    startedAt: text(data.startedAt),
    completedAt: text(data.completedAt),
    steps: steps.map((step): RecordedStep => ({
      name: text(step.name) ?? 'Unnamed step',
      status: text(step.status) ?? 'unknown',
      count: count(step.count),
      startedAt: text(step.startedAt),
      completedAt: text(step.completedAt),
      message: text(step.message),
    })),
  }
}

export function readIds(body: unknown): ResponseIds {
  const meta = isObject(body) && isObject(body.meta) ? body.meta : {}
  return {
    requestId: text(meta.requestId),
    correlationId: text(meta.correlationId),
  }
}
