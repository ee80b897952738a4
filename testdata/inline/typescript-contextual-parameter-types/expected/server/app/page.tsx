type SaveFn = (form: FormData, attempt: number) => Promise<string>

export default function Page({ id }: { id: string }) {
  type Local = { id: string }
  const save: SaveFn = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", () => [id]))
  const local = $$ACTION_Page$local.bind(null, encryptActionBoundArgs("z6gLs5ElvPfVYdjFJNlV6YJyk52eLfCzK5bxDx5IXIDDbPOKpjwsoKbJeRA08Ofaulcjbw", () => [id]))
  return [save, local, <form action={$$ACTION_Page$action.bind(null, encryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", () => [id]))} />]
}

export async function $$ACTION_Page$save($$bound: unknown, ...$$args: Parameters<SaveFn>) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", $$bound) as [({ id: string })["id"]]; var [form, attempt] = $$args;
    return `${id}:${form.get('x')}:${attempt}`
  }
export async function $$ACTION_Page$local($$bound: unknown, row: any, { a, b }: any, ...rest: any[]) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLs5ElvPfVYdjFJNlV6YJyk52eLfCzK5bxDx5IXIDDbPOKpjwsoKbJeRA08Ofaulcjbw", $$bound) as [({ id: string })["id"]];
    return row.id + a + b + id + rest.length
  }
export async function $$ACTION_Page$action($$bound: unknown, data: any) { 'use server'; const [id] = await decryptActionBoundArgs("z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", $$bound) as [({ id: string })["id"]]; return [data, id] }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$save, "z6gL1-sXnY7pZ2ud0PtnCEVJjqE-h7a_re5XE-YbewLj_Hpy55AUX3o_dQ2idPIFg3U0", "$$ACTION_Page$save");
registerServerReference($$ACTION_Page$local, "z6gLs5ElvPfVYdjFJNlV6YJyk52eLfCzK5bxDx5IXIDDbPOKpjwsoKbJeRA08Ofaulcjbw", "$$ACTION_Page$local");
registerServerReference($$ACTION_Page$action, "z6gLNWS6NlamSxgS4VVp4oaIW6DSm5yX4FPnMPc39gAp_d5XkQHY-3agg3L0ma00Z9gPmr8", "$$ACTION_Page$action");
//# sourceMappingURL=page.tsx.map
