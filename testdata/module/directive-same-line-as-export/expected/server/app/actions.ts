'use server'; export async function inline(a: number, b: number) { return a + b }

import { registerServerReference } from "actionc/server";
registerServerReference(inline, "z6gLUlfYiJLFZLLQvPqtDK9_QpucBnnVeBivkPEi5AP9QVh-0Bio7aw", "inline");
//# sourceMappingURL=actions.ts.map
