'use server';
import { db } from "@/lib/db";
export async function exportCsv() { return db.query("copy to csv"); }
