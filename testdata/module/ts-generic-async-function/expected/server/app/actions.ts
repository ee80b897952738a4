'use server'

export async function echo<T extends object>(value: T, label?: string): Promise<T> {
  return value
}

export const wrap = async <U,>(u: U) => [u]

import { registerServerReference } from "actionc/server";
registerServerReference(echo, "z6gLBEaM8gAdrrbP0gorYcKFvEzIqzc459KDlR73KTLcwMNQarVb", "echo");
registerServerReference(wrap, "z6gLTL79OvFkOhyQkntm3nEb3omOiDFpFXt3j7ckdAWeFqDzznrw", "wrap");
//# sourceMappingURL=actions.ts.map
