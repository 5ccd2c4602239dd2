import { createHash, randomBytes } from 'node:crypto'

// Shapes from the vendor reference (xpna-connections-api.md), written here
// rather than shared with the browser's schemas so a schema mistake on
// either side fails a test instead of agreeing with itself.

export interface Meta {
  apiVersion: '1.0'
  requestId: string
  correlationId: string
  workspaceIdentifier: string
  timestamp: string
}

export interface ConnectionData {
  entityId: string
  entityName: string
  hasError: boolean
  isActive: boolean
  isCurrentlySyncing: boolean
  lastSyncId: string | null
  lastSyncStatus: string | null
  lastSyncAt: string | null
  nextScheduledSyncAt: string | null
  sourceSystem: string
}

export interface SyncStartData {
  syncId: string
  entityId: string
  message: string
}

export interface SyncStepData {
  name: string
  status: string
  message: string
  count: number
  startedAt: string | null
  completedAt: string | null
}

export interface SyncStatusData {
  syncId: string
  status: string
  message: string
  startedAt: string | null
  completedAt: string | null
  steps: SyncStepData[]
}

export interface ErrorBody {
  error: { code: string; message: string }
  meta: Meta
}

export function randomHex(bytes: number): string {
  return randomBytes(bytes).toString('hex')
}

/** A stable 32-hex id, so demo entities keep their ids across restarts. */
export function stableId(seed: string): string {
  return createHash('sha256').update(seed).digest('hex').slice(0, 32)
}

/** The reference's timestamps are whole seconds: `2026-02-03T05:16:02.000Z`. */
export function toIso(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString()
}

export function isoOrNull(ms: number | null): string | null {
  return ms === null ? null : toIso(ms)
}

export function createMeta(now: number): Meta {
  return {
    apiVersion: '1.0',
    requestId: `00-${randomHex(16)}-${randomHex(8)}-00`,
    correlationId: randomHex(16),
    workspaceIdentifier: 'demo',
    timestamp: toIso(now),
  }
}

export function errorBody(
  code: string,
  message: string,
  now: number,
): ErrorBody {
  return { error: { code, message }, meta: createMeta(now) }
}
