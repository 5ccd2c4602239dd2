import type { SyncOutcome } from './sync-plan.ts'

/** One demo entity as it stands when the simulator starts or resets. */
export interface Seed {
  name: string
  sourceSystem: string
  isActive?: boolean
  everyMin: number | null
  /** Minutes before start-up that the last sync ended; null: never synced. */
  lastEndedMinAgo: number | null
  outcome?: SyncOutcome
  /** Only for a never-synced entity: its first scheduled sync. */
  firstSyncInMin?: number
  isSyncingAtStart?: boolean
}

// The e2e tests rely on the first five (names, sources and states).
export const DEMO_SEEDS: Seed[] = [
  {
    name: 'Acme Holdings',
    sourceSystem: 'QuickBooks',
    everyMin: 60,
    lastEndedMinAgo: 40,
  },
  {
    name: 'Globex UK Ltd',
    sourceSystem: 'Xero',
    everyMin: 60,
    lastEndedMinAgo: 25,
    outcome: {
      kind: 'failed',
      step: 'Extract',
      atFraction: 0.1,
      message:
        'Xero authorisation expired: reconnect the Xero organisation in xPnA (token revoked 2 days ago).',
    },
  },
  {
    name: 'Northwind Traders',
    sourceSystem: 'NetSuite',
    everyMin: 360,
    lastEndedMinAgo: 354,
    isSyncingAtStart: true,
  },
  {
    name: 'Initech Inc',
    sourceSystem: 'QuickBooks',
    isActive: false,
    everyMin: null,
    lastEndedMinAgo: 12 * 24 * 60,
  },
  {
    name: 'Hooli Services LLC',
    sourceSystem: 'Sage Intacct',
    everyMin: 120,
    lastEndedMinAgo: 70,
    outcome: {
      kind: 'failed',
      step: 'Load',
      atFraction: 0.6,
      message:
        'Period November 2026 is locked in xPnA; unlock the period or post to the next open period.',
    },
  },
  {
    name: 'Umbrella Pharma GmbH',
    sourceSystem: 'Microsoft Dynamics 365 Business Central',
    everyMin: 60,
    lastEndedMinAgo: 15,
  },
  {
    name: 'Contoso Pty Ltd',
    sourceSystem: 'MYOB',
    everyMin: 360,
    lastEndedMinAgo: 130,
    outcome: {
      kind: 'completed_with_errors',
      step: 'Validate',
      message:
        '3 intercompany balances with Contoso NZ Ltd do not eliminate (AUD 1,240.00 difference).',
    },
  },
  {
    name: 'Fabrikam Manufacturing Inc',
    sourceSystem: 'NetSuite',
    everyMin: 24 * 60,
    lastEndedMinAgo: null,
    firstSyncInMin: 120,
  },
  // Overdue: its daily sync was due 25 minutes ago.
  {
    name: 'Vandelay Industries',
    sourceSystem: 'Xero',
    everyMin: 24 * 60,
    lastEndedMinAgo: 24 * 60 + 25,
  },
  {
    name: 'Tailspin Toys Ltd',
    sourceSystem: 'Sage Intacct',
    everyMin: 240,
    lastEndedMinAgo: 180,
  },
  {
    name: 'Wingtip Holdings SARL',
    sourceSystem: 'Microsoft Dynamics 365 Business Central',
    everyMin: 60,
    lastEndedMinAgo: 10,
  },
  {
    name: 'Dunder Mifflin Paper Co',
    sourceSystem: 'QuickBooks',
    everyMin: 24 * 60,
    lastEndedMinAgo: 540,
  },
]
