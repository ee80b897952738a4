'use server'
import data from './data.json' with { type: 'json' }
export type * from './types'

type Box<in out T> = { value: T }

export async function load(id: string) {
  const rows = sql<Box<string>[]>`select * from t where id = ${id}`
  return [rows, data]
}

function sql<T>(strings: TemplateStringsArray, ...values: unknown[]): T {
  return [strings, values] as T
}

import { registerServerReference } from "actionc/server";
registerServerReference(load, "z6gLPHf--026IHxwr1x592_qzFsp3jm-NI-zHSCrALGilC-0q9tQ", "load");
//# sourceMappingURL=actions.ts.map
