import { encryptActionBoundArgs, registerServerReference } from './lib'

const $$bound = 'mine'
const $$ACTION_Page$act = 'also mine'

export default function Page({ id }: { id: string }) {
  const act = $$ACTION_Page$act_2.bind(null, encryptActionBoundArgs_2("z6gL_zNy0cMnE2C4g_lcLso1l6oY6ttn8jvTe5N6ONLxSaMTH6iLJZH5qGVIRjtYj-ZD7Q", () => [id]))
  return act
}

export async function $$ACTION_Page$act_2($$bound_2: unknown, ...$$args: any[]) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gL_zNy0cMnE2C4g_lcLso1l6oY6ttn8jvTe5N6ONLxSaMTH6iLJZH5qGVIRjtYj-ZD7Q", $$bound_2) as [({ id: string })["id"]]; var [x = id] = $$args;
    return [x, $$bound, $$ACTION_Page$act, encryptActionBoundArgs(), registerServerReference]
  }
import { registerServerReference as registerServerReference_2, encryptActionBoundArgs as encryptActionBoundArgs_2, decryptActionBoundArgs } from "actionc/server";
registerServerReference_2($$ACTION_Page$act_2, "z6gL_zNy0cMnE2C4g_lcLso1l6oY6ttn8jvTe5N6ONLxSaMTH6iLJZH5qGVIRjtYj-ZD7Q", "$$ACTION_Page$act_2");
//# sourceMappingURL=page.tsx.map
