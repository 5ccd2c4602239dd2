const ROWS = Array.from({ length: 8 }, (_, index) => index)

/** The table's shape while the first answer is on its way. */
export function ConnectionsSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading connections">
      <div className="mb-4 h-7 w-56 animate-pulse rounded bg-line" />
      <div className="overflow-hidden rounded-lg border border-line bg-surface">
        {ROWS.map((row) => (
          <div
            key={row}
            className="flex gap-6 border-b border-line px-4 py-3.5 last:border-0"
          >
            <div className="h-4 w-48 animate-pulse rounded bg-line" />
            <div className="h-4 w-24 animate-pulse rounded bg-line" />
            <div className="h-4 w-20 animate-pulse rounded bg-line" />
            <div className="ml-auto h-4 w-16 animate-pulse rounded bg-line" />
          </div>
        ))}
      </div>
    </div>
  )
}
