export type StepName = 'Extract' | 'Transform' | 'Load' | 'Validate'

export interface Volumes {
  journalLines: number
  accounts: number
  balances: number
}

/** What a step's messages may mention. */
export interface StepSubject {
  sourceSystem: string
  volumes: Volumes
}

export interface StepDefinition {
  name: StepName
  /** Share of `stepMs`; the four add up to 4. */
  weight: number
  target(volumes: Volumes): number
  runningMessage(subject: StepSubject): string
  doneMessage(subject: StepSubject): string
}

const numbers = new Intl.NumberFormat('en-US')
const fmt = (value: number) => numbers.format(value)

// The counts are what a ledger sync moves: journal lines out of the source,
// account balances into xPnA, accounts checked at the end.
export const STEPS: StepDefinition[] = [
  {
    name: 'Extract',
    weight: 1.4,
    target: (v) => v.journalLines,
    runningMessage: (s) => `Extracting journal lines from ${s.sourceSystem}.`,
    doneMessage: (s) =>
      `Extracted ${fmt(s.volumes.journalLines)} journal lines from ${s.sourceSystem}.`,
  },
  {
    name: 'Transform',
    weight: 0.8,
    target: (v) => v.journalLines,
    runningMessage: () =>
      'Mapping journal lines to the xPnA chart of accounts.',
    doneMessage: (s) =>
      `Mapped ${fmt(s.volumes.journalLines)} journal lines to ${fmt(s.volumes.accounts)} xPnA accounts.`,
  },
  {
    name: 'Load',
    weight: 1.2,
    target: (v) => v.balances,
    runningMessage: () => 'Loading account balances into xPnA.',
    doneMessage: (s) =>
      `Loaded ${fmt(s.volumes.balances)} account balances into xPnA.`,
  },
  {
    name: 'Validate',
    weight: 0.6,
    target: (v) => v.accounts,
    runningMessage: () => 'Checking the trial balance and intercompany totals.',
    doneMessage: (s) =>
      `Checked ${fmt(s.volumes.accounts)} accounts; the trial balance agrees with ${s.sourceSystem}.`,
  },
]

/** The queue phase, as a share of `stepMs`: about 1 s at the default. */
export const QUEUE_WEIGHT = 0.3
