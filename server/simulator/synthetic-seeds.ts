import { DEMO_SEEDS, type Seed } from './demo-seeds.ts'
import type { SyncOutcome } from './sync-plan.ts'
import { stableId } from './wire.ts'

/** The most connections a simulated workspace may hold. */
export const MAX_CONNECTIONS = 50_000

const FIRST_WORDS = [
  'Alder',
  'Birch',
  'Cedar',
  'Delta',
  'Ember',
  'Fjord',
  'Granite',
  'Harbor',
  'Iris',
  'Juniper',
  'Kestrel',
  'Lumen',
  'Meridian',
  'Nimbus',
  'Orchard',
  'Pioneer',
  'Quarry',
  'Ridge',
  'Summit',
  'Tidewater',
  'Upland',
  'Vertex',
  'Willow',
  'Yarrow',
  'Zenith',
]
const SECOND_WORDS = [
  'Capital',
  'Retail',
  'Logistics',
  'Foods',
  'Energy',
  'Health',
  'Media',
  'Property',
  'Software',
  'Textiles',
  'Freight',
  'Labs',
]
const LEGAL_FORMS = ['Ltd', 'Inc', 'GmbH', 'BV', 'Pty Ltd', 'SAS', 'LLC']
const SOURCES = [
  'QuickBooks',
  'Xero',
  'NetSuite',
  'Sage Intacct',
  'Microsoft Dynamics 365 Business Central',
  'MYOB',
]
const FAILURES: SyncOutcome[] = [
  {
    kind: 'failed',
    step: 'Extract',
    atFraction: 0.2,
    message: 'The source system rejected the stored credentials (HTTP 401).',
  },
  {
    kind: 'failed',
    step: 'Load',
    atFraction: 0.5,
    message: 'Period is locked in xPnA; unlock it or post to an open period.',
  },
  {
    kind: 'failed',
    step: 'Transform',
    atFraction: 0.7,
    message: 'Account 4010 is not mapped to the chart of accounts.',
  },
]

/**
 * The demo seeds first, then made-up entities up to `count`, so a test or a
 * benchmark can load a workspace of thousands. Names, sources and states
 * follow from the position alone: the same count gives the same workspace.
 */
export function seedsFor(count: number): Seed[] {
  if (count <= DEMO_SEEDS.length) return DEMO_SEEDS.slice(0, count)
  const made = Array.from({ length: count - DEMO_SEEDS.length }, (_, i) =>
    syntheticSeed(i),
  )
  return [...DEMO_SEEDS, ...made]
}

function syntheticSeed(index: number): Seed {
  const hash = Number.parseInt(stableId(`synthetic:${index}`).slice(0, 8), 16)
  const name = [
    pick(FIRST_WORDS, index),
    pick(SECOND_WORDS, Math.floor(index / FIRST_WORDS.length)),
    pick(LEGAL_FORMS, hash),
    // Keeps names unique past the word lists' 2,100 combinations.
    String(index + 1),
  ].join(' ')
  const sourceSystem = pick(SOURCES, Math.floor(hash / 7))
  const roll = hash % 100
  const base = { name, sourceSystem, everyMin: 60, lastEndedMinAgo: 20 }

  if (roll < 6) {
    return { ...base, outcome: pick(FAILURES, Math.floor(hash / 100)) }
  }
  if (roll < 8) return { ...base, lastEndedMinAgo: 59, isSyncingAtStart: true }
  if (roll < 12) return { ...base, isActive: false, everyMin: null }
  // Overdue: the hourly sync was due a while ago and has not run.
  if (roll < 18) return { ...base, lastEndedMinAgo: 60 + (hash % 180) }
  return { ...base, lastEndedMinAgo: 1 + (hash % 55) }
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length] as T
}
