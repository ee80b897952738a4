'use server';
import { db } from "@/lib/db";
import { audit } from "@/lib/db/audit";

export async function createPost(title: string) { await audit("create"); return db.query("insert", title); }
export async function deletePost(id: number) { return db.query("delete", id); }
export async function archivePost(id: number) { return db.query("archive", id); }
export async function debugDump() { return db.query("select *"); }
