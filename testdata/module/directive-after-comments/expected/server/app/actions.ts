// Copyright (c) Example Corp.
/* eslint-disable no-console */
/**
 * Server actions for the inbox.
 */
'use server'

export async function archive(id: string) {
  return id
}

import { registerServerReference } from "actionc/server";
registerServerReference(archive, "z6gLc5aX7I2K1nu7ecG7aarB_i7S5mq9cefE39Cgh98K9K3MZHwyo0dq", "archive");
//# sourceMappingURL=actions.ts.map
