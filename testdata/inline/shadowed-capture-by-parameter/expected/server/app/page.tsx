export default function Page({ id, name }: { id: string; name: string }) { var update = $$ACTION_Page$update;
  
  return <form action={update.bind(null, name)}>{id}</form>;
}

export async function $$ACTION_Page$update(name: string, [id]: string[]) {
    'use server';
    return { name, id };
  }
import { registerServerReference } from "actionc/server";
registerServerReference($$ACTION_Page$update, "z6gLbyIH3mf2ysRa48AVUZ77Pws_T3Ov0At5CstfA1ZDj5kAim8Rtd4SFtEJ0ua_NMjcejs", "$$ACTION_Page$update");
//# sourceMappingURL=page.tsx.map
