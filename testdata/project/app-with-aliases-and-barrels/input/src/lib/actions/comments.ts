'use server';
import { db } from "@/lib/db";
export async function addComment(formData: FormData) { return db.query("comment", formData.get("text")); }
export async function removeComment(id: number) { return db.query("uncomment", id); }
