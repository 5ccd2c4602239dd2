import { Link } from '@tanstack/react-router'

import type { Connection } from '../../api/connections.ts'

export function SyncBreadcrumb({
  connection,
}: {
  connection: Pick<Connection, 'entityId' | 'entityName'> | null
}) {
  return (
    <nav aria-label="Breadcrumb" className="text-sm text-ink-muted">
      <Link to="/" className="hover:underline">
        Connections
      </Link>
      {connection && (
        <>
          {' / '}
          <Link
            to="/connections/$entityId"
            params={{ entityId: connection.entityId }}
            className="hover:underline"
          >
            {connection.entityName}
          </Link>
        </>
      )}
    </nav>
  )
}
