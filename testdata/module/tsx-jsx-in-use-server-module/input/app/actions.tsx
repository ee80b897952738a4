'use server'

import { Badge } from './badge'

export async function renderBadge(label: string) {
  return <Badge label={label}>{label.toUpperCase()}</Badge>
}
