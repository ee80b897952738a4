'use server'

import { Badge } from './badge'

export async function renderBadge(label: string) {
  return <Badge label={label}>{label.toUpperCase()}</Badge>
}

import { registerServerReference } from "actionc/server";
registerServerReference(renderBadge, "z6gL7YYU2DHoNEW-IPT6etxJb2SYJNYOzqOyl_7XQMO-R-jU7pZFapwFm8VEkrw", "renderBadge");
//# sourceMappingURL=actions.tsx.map
