'use server';
import { validateRequest } from '@/lib/lucia';

export async function luciaValidateRequest() {
  const { user } = await validateRequest();
  if (!user) return { error: 'Unauthorized' };
  return { ok: true };
}

import { registerServerReference } from "actionc/server";
registerServerReference(luciaValidateRequest, "z6gLiBry_A4Bg4i9ewzmDGdznf5UZ1SMa9TaFJfr0twoFx2obqutgiJAa4DW5R0lUUQO82o4paJW", "luciaValidateRequest");
//# sourceMappingURL=lucia.ts.map
