// The three example bodies from the vendor's reference page for Public API
// v1 Connections, verbatim, so schema tests check the documented shapes.

export const referenceConnectionsBody = {
  data: [
    {
      entityId: '<entity-id-from-connections>',
      entityName: 'Demo Entity',
      hasError: false,
      isActive: true,
      isCurrentlySyncing: false,
      lastSyncId: 'c6e0c9b4d6f2478e9c2b2a221c0f6d2f',
      lastSyncStatus: 'completed',
      lastSyncAt: '2026-02-03T05:10:00.000Z',
      nextScheduledSyncAt: '2026-02-03T06:10:00.000Z',
      sourceSystem: 'QuickBooks',
    },
  ],
  meta: {
    apiVersion: '1.0',
    requestId: '00-6b2f90b3a92445f792a2b2a6b4d8e6d0-0a8a7d9b9d8c4e2f-00',
    correlationId: '3f3cb61b8f5342b4b4f0a3e2e1d0d5b1',
    workspaceIdentifier: 'demo',
    timestamp: '2026-02-03T05:16:15.000Z',
  },
}

export const referenceStartSyncBody = {
  data: {
    syncId: 'c6e0c9b4d6f2478e9c2b2a221c0f6d2f',
    entityId: '<entity-id-from-connections>',
    message: 'Sync started.',
  },
  meta: {
    apiVersion: '1.0',
    requestId: '00-6b2f90b3a92445f792a2b2a6b4d8e6d0-0a8a7d9b9d8c4e2f-00',
    correlationId: '3f3cb61b8f5342b4b4f0a3e2e1d0d5b1',
    workspaceIdentifier: 'demo',
    timestamp: '2026-02-03T05:16:02.000Z',
  },
}

export const referenceSyncStatusBody = {
  data: {
    syncId: 'c6e0c9b4d6f2478e9c2b2a221c0f6d2f',
    status: 'running',
    message: 'Sync in progress.',
    startedAt: '2026-02-03T05:16:02.000Z',
    completedAt: null,
    steps: [
      {
        name: 'Extract',
        status: 'completed',
        message: 'Extract completed.',
        count: 12,
        startedAt: '2026-02-03T05:16:02.000Z',
        completedAt: '2026-02-03T05:16:10.000Z',
      },
      {
        name: 'Load',
        status: 'running',
        message: 'Load in progress.',
        count: 8,
        startedAt: '2026-02-03T05:16:11.000Z',
        completedAt: null,
      },
    ],
  },
  meta: {
    apiVersion: '1.0',
    requestId: '00-6b2f90b3a92445f792a2b2a6b4d8e6d0-0a8a7d9b9d8c4e2f-00',
    correlationId: '3f3cb61b8f5342b4b4f0a3e2e1d0d5b1',
    workspaceIdentifier: 'demo',
    timestamp: '2026-02-03T05:16:12.000Z',
  },
}
