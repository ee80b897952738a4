'use server';
import { db } from "@/lib/db";
export async function exportCsv() { return db.query("copy to csv"); }

import { registerServerReference } from "actionc/server";
registerServerReference(exportCsv, "z6gL2UeJ6PXfzG5jWFjJldTc6Z0fAF08Dlb1IBcoZCaq0yn15KDQlB35rtwZhBtAQ-jYkHStnLI", "exportCsv");
//# sourceMappingURL=exports.ts.map
