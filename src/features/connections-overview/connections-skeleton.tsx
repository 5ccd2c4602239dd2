const CARDS = Array.from({ length: 5 }, (_, index) => index)
const ROWS = Array.from({ length: 8 }, (_, index) => index)

/** The overview's shape while the first answer is on its way. */
export function ConnectionsSkeleton() {
  return (
    <div
      aria-busy="true"
      aria-label="Loading connections"
      className="space-y-4"
    >
      <div className="h-7 w-40 animate-pulse rounded bg-line" />
      <div className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-5">
        {CARDS.map((card) => (
          <div
            key={card}
            className="h-12 animate-pulse rounded-lg border border-line bg-surface"
          />
        ))}
      </div>
      <div className="h-12 animate-pulse rounded-lg border border-line bg-surface" />
      <div className="h-9 w-full max-w-md animate-pulse rounded-md bg-line" />
      <div className="overflow-hidden rounded-lg border border-line bg-surface">
        {ROWS.map((row) => (
          <div
            key={row}
            className="flex h-11 items-center gap-6 border-b border-line px-4 last:border-0"
          >
            <div className="h-4 w-4 animate-pulse rounded bg-line" />
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
