import type { impersonate } from "@/lib/actions/users";
export type Impersonate = typeof impersonate;
