import { explainFailure } from '../lib/failure-explanations.ts'

/** A plain-language reading of a known failure; nothing for unknown ones. */
export function FailureHelp({ message }: { message: string | null }) {
  const explanation = explainFailure(message)
  if (!explanation) return null

  return (
    <div className="mt-2 rounded-md border border-line bg-surface p-3 text-sm">
      <p className="font-medium text-ink">{explanation.summary}</p>
      <dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 gap-y-0.5 text-ink-muted">
        <dt className="font-medium">Usually fixed by</dt>
        <dd>{explanation.owner}</dd>
        <dt className="font-medium">Next step</dt>
        <dd>{explanation.nextStep}</dd>
      </dl>
    </div>
  )
}
