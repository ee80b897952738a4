type Mode = 'a' | 'b';
interface Row {
  id: string;
}

export default function Page({ id, config, limit }: { id: string; config: { mode: Mode }; limit: number }) {
  type Local = typeof config.mode;
  const template = { size: 1 };
  const act = $$ACTION_Page$act.bind(null, encryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", () => [id, limit]));
  return <form action={act} />;
}

export async function $$ACTION_Page$act($$bound: unknown, mode: Mode, row: Row): Promise<Row[]> {
    'use server'; const [id, limit] = await decryptActionBoundArgs("z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", $$bound) as [({ id: string; config: { mode: Mode }; limit: number })["id"], ({ id: string; config: { mode: Mode }; limit: number })["limit"]];
    const size: any = 2;
    const local: any | undefined = undefined;
    const copy: typeof id = id;
    const rows = [row] as Array<Row>;
    const m = mode satisfies Mode;
    const r = <T,>(x: T): T => x;
    return r<Row[]>(rows.filter((x): x is Row => x.id === copy && m !== local && size > 0 && limit! > 0));
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference($$ACTION_Page$act, "z6gLDMC98tyQk82dpYW48-sHVY7fMvyG-bHGSljBeK3GXUYP6eUUMQvC5d0z2Un3_vg", "$$ACTION_Page$act");
//# sourceMappingURL=page.tsx.map
