'use server';
import { db } from "../db";

export async function updateProfile(name: string, bio?: string) { return db.query("update", name, bio); }
export async function deleteAccount() { return db.query("delete account"); }
export const impersonate = async (userId: string) => db.query("impersonate", userId);

import { registerServerReference } from "actionc/server";
registerServerReference(deleteAccount, "z6gLlhl5qwHO99UirS3uDg6iiWMJaF57SdZ-twiUKCAomdbjIRXY9mihxhRv-bFiDE4wqoUMfwaasw", "deleteAccount");
registerServerReference(updateProfile, "z6gL43qksyFhIFjmQCnXbhkRPBZd9FZrwaxOIRgEn_xIqzROkG_gPusTNnqiG5J5gntVCFfaVIDDug", "updateProfile");
//# sourceMappingURL=users.ts.map
