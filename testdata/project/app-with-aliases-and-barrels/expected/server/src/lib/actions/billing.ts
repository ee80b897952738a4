"use server";
import { db } from "@/lib/db";

export async function upgradePlan(plan: "pro" | "team") { return db.query("upgrade", plan); }
export async function refundAll() { return db.query("refund all"); }
export default async function cancelSubscription() { return db.query("cancel"); }

import { registerServerReference } from "actionc/server";
registerServerReference(cancelSubscription, "z6gLlIrhJmugWCYF_79SUpNg9Blc9SBckfn8D-p_etS07ZuY9HlpgkS6ygZjg_B1f116cCB6", "default");
registerServerReference(refundAll, "z6gLhc37-lHjxIc1z4Af9PKmZ-Ug4sICUE-BKy_Dfj8XpVBVfd1JhAXKuEw2DXHd8IQfUjLKF_0", "refundAll");
registerServerReference(upgradePlan, "z6gL8j6okSU5fF4064H2Jgvh4LX8ct4wxcUvnRO-6D69C_SDSXUHS7g3z_U-XQzK5iODm9ympIKpFQ", "upgradePlan");
//# sourceMappingURL=billing.ts.map
