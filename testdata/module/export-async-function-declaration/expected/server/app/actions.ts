'use server'

import { db } from '../lib/db'

export async function createTodo(title: string, done: boolean) {
  await db.insert({ title, done })
}

import { registerServerReference } from "actionc/server";
registerServerReference(createTodo, "z6gLSisNaU3xCr9qxydC2nAKmbFtOVsIioe9qoSM6J0RkmnMMevyN9gfNA8_", "createTodo");
//# sourceMappingURL=actions.ts.map
