#!/usr/bin/env node
'use server'

export async function hello(name) {
  return `hello ${name}`
}

import { registerServerReference } from "actionc/server";
registerServerReference(hello, "z6gLCOZPA-VBAAjQNQeuGPg7RkAYccWKIi3tCn7kaM53UholT0M70I4", "hello");
//# sourceMappingURL=actions.mjs.map
