"use server";

import { db } from "../../lib/db";

export async function completeItem(id: number, done = true) {
  await db.setDone(id, done);
}

export async function listOpenItems() {
  return (await db.listTodos()).filter((item) => !item.done);
}
