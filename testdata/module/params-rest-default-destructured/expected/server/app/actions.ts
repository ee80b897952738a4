'use server'

export async function rest(first: string, ...others: string[]) {
  return [first, ...others]
}

export async function defaults(a = 1, b: number = 2) {
  return a + b
}

export const destructured = async ({ id, name }: { id: string; name: string }, [x, y]: number[]) => {
  return { id, name, x, y }
}

export async function none() {}

import { registerServerReference } from "actionc/server";
registerServerReference(defaults, "z6gL_ne3H34HRftY4MUvZ0UxW2x-5As8k1vRt0MrigaB_kVXXnvtFgnKng", "defaults");
registerServerReference(destructured, "z6gLqorn8-_M8C0JbkhwheH2z8Lth8gcNdUuBqdSo3aUdXP63TymhH7R1Vh-JDA", "destructured");
registerServerReference(none, "z6gLE0sJxmoeZVuqV9ZARqnyK3LBlphWxc3wkmFwBLg8eUIiqKta", "none");
registerServerReference(rest, "z6gLA_l-pdvz_lOs0qRH50d3ubYSEGnl8QVb1i7P-ZqD3eLSalW6", "rest");
//# sourceMappingURL=actions.ts.map
