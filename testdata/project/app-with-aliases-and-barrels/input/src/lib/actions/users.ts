'use server';
import { db } from "../db";

export async function updateProfile(name: string, bio?: string) { return db.query("update", name, bio); }
export async function deleteAccount() { return db.query("delete account"); }
export const impersonate = async (userId: string) => db.query("impersonate", userId);
