'use server'

export async function addTodo(title: string) {
  return title
}

import { registerServerReference } from "actionc/server";
registerServerReference(addTodo, "z6gLMxFLH4l7i_NPRsLcZ15MvF7fRpbWvsJKFJ1etbTVZ0jBRvdUwezu6EYOfwoV", "addTodo");
//# sourceMappingURL=todos.ts.map
