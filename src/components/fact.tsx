import type { ReactNode } from 'react'

/** One labelled value in a header's facts grid; use inside a `<dl>`. */
export function Fact({
  label,
  children,
}: {
  label: string
  children: ReactNode
}) {
  return (
    <div>
      <dt className="text-xs font-medium tracking-wide text-ink-faint uppercase">
        {label}
      </dt>
      <dd className="mt-1">{children}</dd>
    </div>
  )
}
