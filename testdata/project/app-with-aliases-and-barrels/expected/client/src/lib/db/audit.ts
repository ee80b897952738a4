import { db } from "./index";
export async function audit(event: string) { await db.query("insert into audit values (?)", event); }
