'use server';
import { protectedAction } from '@acme/actions';
import { requireStaff, session } from '@acme/auth';
import { repo } from '@acme/orm';
import { check } from '@acme/validate';

export async function staffOnly(id: string) {
  requireStaff();
  return repo.items.find(check(id));
}

export async function sessionChecked() {
  const s = await session();
  if (!s) throw new Error('no session');
  return 1;
}

export const wrapped = protectedAction(async () => 2);

import { registerServerReference } from "actionc/server";
registerServerReference(sessionChecked, "z6gL_fYLC6x5vy4w9o_OzK4XYRIBjTlndBNi-zx5PbPdvqSskMQPqNvNw9pX2YEg3A", "sessionChecked");
registerServerReference(staffOnly, "z6gL3Gl49XoriSfKq61jOhOYbRpwy9oH7B5hK2_-ePIp8Dg_RFaVmLWAM4I", "staffOnly");
registerServerReference(wrapped, "z6gLGvBG-SqP84Y51J2syR9npSJ9uDRfsLjMwP5I3TyN3CXsDA8BrUDU", "wrapped");
//# sourceMappingURL=actions.ts.map
