'use server';
import { db } from "@/lib/db";
export async function searchPosts(q: string) { return db.query("search", q); }
export async function reindex() { return db.query("reindex"); }
