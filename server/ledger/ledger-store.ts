import type Database from 'better-sqlite3'

import type {
  EntityInfo,
  RecordedStep,
  RecordedSync,
  StartedByKind,
  SyncFilter,
  SyncSnapshot,
} from './ledger-types.ts'
import { isFinalSnapshot } from './ledger-types.ts'

interface SyncRow {
  sync_id: string
  entity_id: string
  entity_name: string | null
  source_system: string | null
  status: string
  message: string | null
  started_at: string | null
  completed_at: string | null
  sort_at: string
  is_final: number
  started_by_kind: StartedByKind
  started_by: string | null
  request_id: string | null
  correlation_id: string | null
  first_seen_at: string
  updated_at: string
}

interface StepRow {
  sync_id: string
  name: string
  status: string
  count: number | null
  started_at: string | null
  completed_at: string | null
  message: string | null
}

// A later, more specific account of who started a sync wins; a vaguer one
// never overwrites it.
const KIND_RANK: Record<StartedByKind, number> = {
  elsewhere: 0,
  dashboard: 1,
  person: 2,
}

export const MAX_PAGE = 500

export interface StartNote {
  syncId: string
  entityId: string
  startedByKind: StartedByKind
  startedBy: string | null
  requestId: string | null
  correlationId: string | null
}

export interface SnapshotNote {
  snapshot: SyncSnapshot
  entity: EntityInfo | null
  requestId: string | null
  correlationId: string | null
}

export type LedgerStore = ReturnType<typeof createLedgerStore>

export function createLedgerStore(db: Database.Database) {
  const findRow = db.prepare<[string], SyncRow>(
    'SELECT * FROM syncs WHERE sync_id = ?',
  )
  const insertRow = db.prepare(`
    INSERT INTO syncs (sync_id, entity_id, entity_name, source_system, status,
      message, started_at, completed_at, sort_at, is_final, started_by_kind,
      started_by, request_id, correlation_id, first_seen_at, updated_at)
    VALUES (@sync_id, @entity_id, @entity_name, @source_system, @status,
      @message, @started_at, @completed_at, @sort_at, @is_final,
      @started_by_kind, @started_by, @request_id, @correlation_id,
      @first_seen_at, @updated_at)`)
  const updateRow = db.prepare(`
    UPDATE syncs SET entity_id = @entity_id, entity_name = @entity_name,
      source_system = @source_system, status = @status, message = @message,
      started_at = @started_at, completed_at = @completed_at,
      sort_at = @sort_at, is_final = @is_final,
      started_by_kind = @started_by_kind, started_by = @started_by,
      request_id = @request_id, correlation_id = @correlation_id,
      updated_at = @updated_at
    WHERE sync_id = @sync_id`)
  const deleteSteps = db.prepare('DELETE FROM sync_steps WHERE sync_id = ?')
  const insertStep = db.prepare(`
    INSERT INTO sync_steps (sync_id, position, name, status, count,
      started_at, completed_at, message)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`)

  const noteStart = db.transaction((note: StartNote, now: string) => {
    const row = findRow.get(note.syncId)
    if (!row) {
      insertRow.run({
        ...emptyRow(note.syncId, note.entityId, now),
        started_by_kind: note.startedByKind,
        started_by: note.startedBy,
        request_id: note.requestId,
        correlation_id: note.correlationId,
      })
      return
    }
    if (KIND_RANK[note.startedByKind] <= KIND_RANK[row.started_by_kind]) return
    updateRow.run({
      ...row,
      started_by_kind: note.startedByKind,
      started_by: note.startedBy,
      updated_at: now,
    })
  })

  /** Records what xPnA said; a sync already recorded as final is left alone. */
  const recordSnapshot = db.transaction((note: SnapshotNote, now: string) => {
    const { snapshot, entity } = note
    const row = findRow.get(snapshot.syncId)
    if (row?.is_final) return false
    const base = row ?? emptyRow(snapshot.syncId, entity?.entityId ?? '', now)
    const next: SyncRow = {
      ...base,
      entity_id: entity?.entityId || base.entity_id,
      entity_name: entity?.entityName ?? base.entity_name,
      source_system: entity?.sourceSystem ?? base.source_system,
      status: snapshot.status,
      message: snapshot.message,
      started_at: snapshot.startedAt,
      completed_at: snapshot.completedAt,
      sort_at: snapshot.startedAt ?? base.first_seen_at,
      is_final: isFinalSnapshot(snapshot) ? 1 : 0,
      request_id: note.requestId ?? base.request_id,
      correlation_id: note.correlationId ?? base.correlation_id,
      updated_at: now,
    }
    if (row) updateRow.run(next)
    else insertRow.run(next)
    deleteSteps.run(snapshot.syncId)
    snapshot.steps.forEach((step, position) => {
      insertStep.run(
        snapshot.syncId,
        position,
        step.name,
        step.status,
        step.count,
        step.startedAt,
        step.completedAt,
        step.message,
      )
    })
    return true
  })

  function stepsOf(syncIds: string[]) {
    const bySync = new Map<string, RecordedStep[]>()
    if (syncIds.length === 0) return bySync
    const rows = db
      .prepare<string[], StepRow>(
        `SELECT * FROM sync_steps WHERE sync_id IN (${syncIds.map(() => '?').join(',')})
         ORDER BY sync_id, position`,
      )
      .all(...syncIds)
    for (const row of rows) {
      const list = bySync.get(row.sync_id) ?? []
      list.push({
        name: row.name,
        status: row.status,
        count: row.count,
        startedAt: row.started_at,
        completedAt: row.completed_at,
        message: row.message,
      })
      bySync.set(row.sync_id, list)
    }
    return bySync
  }

  function toRecords(rows: SyncRow[]): RecordedSync[] {
    const steps = stepsOf(rows.map((row) => row.sync_id))
    return rows.map((row) => toRecord(row, steps.get(row.sync_id) ?? []))
  }

  return {
    // Immediate: a transaction that reads first and finds the file locked
    // when it comes to write fails at once, without the busy timeout, so a
    // moment's lock by another program would degrade the ledger.
    /** Runs `work` in one transaction: all of it is written, or none. */
    batch: (work: () => void) => db.transaction(work).immediate(),
    noteStart: (note: StartNote, now = new Date().toISOString()) =>
      noteStart.immediate(note, now),
    recordSnapshot: (note: SnapshotNote, now = new Date().toISOString()) =>
      recordSnapshot.immediate(note, now),
    isFinal(syncId: string) {
      return findRow.get(syncId)?.is_final === 1
    },
    get(syncId: string) {
      const row = findRow.get(syncId)
      return row ? (toRecords([row])[0] ?? null) : null
    },
    unfinished() {
      return db
        .prepare<[], { sync_id: string; entity_id: string }>(
          'SELECT sync_id, entity_id FROM syncs WHERE is_final = 0',
        )
        .all()
        .map((row) => ({ syncId: row.sync_id, entityId: row.entity_id }))
    },
    /** Newest first; `nextCursor` is null on the last page. */
    list(filter: SyncFilter = {}) {
      const limit = Math.min(Math.max(filter.limit ?? 100, 1), MAX_PAGE)
      const { where, params } = whereClause(filter)
      const rows = db
        .prepare<unknown[], SyncRow>(
          `SELECT * FROM syncs ${where} ORDER BY sort_at DESC, sync_id DESC LIMIT ?`,
        )
        .all(...params, limit + 1)
      const page = rows.slice(0, limit)
      const last = page.at(-1)
      const nextCursor =
        rows.length > limit && last
          ? encodeCursor(last.sort_at, last.sync_id)
          : null
      return { syncs: toRecords(page), nextCursor }
    },
    count() {
      return (
        db.prepare<[], { n: number }>('SELECT COUNT(*) AS n FROM syncs').get()
          ?.n ?? 0
      )
    },
    /** Lets go of the file; SQLite folds the WAL back into it. */
    close: () => db.close(),
    isOpen: () => db.open,
    /** Deletes finished syncs that started before `before` (ISO); returns how many. */
    prune(before: string) {
      return db
        .prepare('DELETE FROM syncs WHERE is_final = 1 AND sort_at < ?')
        .run(before).changes
    },
  }
}

function emptyRow(syncId: string, entityId: string, now: string): SyncRow {
  return {
    sync_id: syncId,
    entity_id: entityId,
    entity_name: null,
    source_system: null,
    status: 'queued',
    message: null,
    started_at: null,
    completed_at: null,
    sort_at: now,
    is_final: 0,
    started_by_kind: 'elsewhere',
    started_by: null,
    request_id: null,
    correlation_id: null,
    first_seen_at: now,
    updated_at: now,
  }
}

function whereClause(filter: SyncFilter) {
  const clauses: string[] = []
  const params: unknown[] = []
  if (filter.entityId) {
    clauses.push('entity_id = ?')
    params.push(filter.entityId)
  }
  if (filter.statuses?.length) {
    clauses.push(`status IN (${filter.statuses.map(() => '?').join(',')})`)
    params.push(...filter.statuses)
  }
  if (filter.since) {
    clauses.push('sort_at >= ?')
    params.push(filter.since)
  }
  if (filter.until) {
    clauses.push('sort_at <= ?')
    params.push(filter.until)
  }
  const cursor = filter.cursor ? decodeCursor(filter.cursor) : null
  if (cursor) {
    clauses.push('(sort_at < ? OR (sort_at = ? AND sync_id < ?))')
    params.push(cursor.sortAt, cursor.sortAt, cursor.syncId)
  }
  return {
    where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '',
    params,
  }
}

function encodeCursor(sortAt: string, syncId: string) {
  return Buffer.from(`${sortAt}|${syncId}`).toString('base64url')
}

function decodeCursor(cursor: string) {
  const [sortAt, syncId] = Buffer.from(cursor, 'base64url')
    .toString()
    .split('|')
  return sortAt && syncId ? { sortAt, syncId } : null
}

function toRecord(row: SyncRow, steps: RecordedStep[]): RecordedSync {
  return {
    syncId: row.sync_id,
    entityId: row.entity_id,
    entityName: row.entity_name,
    sourceSystem: row.source_system,
    status: row.status,
    message: row.message,
    startedAt: row.started_at,
    completedAt: row.completed_at,
    steps,
    isFinal: row.is_final === 1,
    startedByKind: row.started_by_kind,
    startedBy: row.started_by,
    requestId: row.request_id,
    correlationId: row.correlation_id,
    firstSeenAt: row.first_seen_at,
    updatedAt: row.updated_at,
  }
}
