"use server";
import { db } from "@/lib/db";

export async function upgradePlan(plan: "pro" | "team") { return db.query("upgrade", plan); }
export async function refundAll() { return db.query("refund all"); }
export default async function cancelSubscription() { return db.query("cancel"); }
