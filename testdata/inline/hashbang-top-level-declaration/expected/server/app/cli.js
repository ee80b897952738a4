#!/usr/bin/env node
export async function run(arg) {
  'use server'
  return arg
}

export { run as $$ACTION_run };
import { registerServerReference } from "actionc/server";
registerServerReference(run, "z6gLoBN8CqRufWhci7ZpThzF87OFuB0zzQo4PaQs-wzg9T2SK79yuHMWdQ", "$$ACTION_run");
//# sourceMappingURL=cli.js.map
