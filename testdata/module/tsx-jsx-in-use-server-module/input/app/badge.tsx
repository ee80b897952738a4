export function Badge({ label, children }: { label: string; children?: unknown }) {
  return <span title={label}>{children as string}</span>
}
