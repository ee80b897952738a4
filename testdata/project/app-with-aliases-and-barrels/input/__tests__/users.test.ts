import { impersonate } from "../src/lib/actions/users";
test("impersonate", async () => { await impersonate("u1"); });
