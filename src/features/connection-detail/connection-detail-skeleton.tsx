export function ConnectionDetailSkeleton() {
  return (
    <div aria-busy="true" aria-label="Loading the connection">
      <div className="h-7 w-64 animate-pulse rounded bg-line" />
      <div className="mt-5 grid grid-cols-2 gap-4 rounded-lg border border-line bg-surface p-5 sm:grid-cols-4">
        {[0, 1, 2, 3].map((cell) => (
          <div key={cell} className="h-10 animate-pulse rounded bg-line" />
        ))}
      </div>
      <div className="mt-6 h-40 animate-pulse rounded-lg bg-line" />
    </div>
  )
}
