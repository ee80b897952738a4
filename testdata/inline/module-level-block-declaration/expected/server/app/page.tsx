let fromBlock: unknown
{ let blockAction = $$ACTION_blockAction;
  
  fromBlock = blockAction
}
export default function Page() {
  return fromBlock
}

export async function $$ACTION_blockAction(x: string) {
    'use server'
    return `block ${x}`
  }
import { registerServerReference } from "actionc/server";
registerServerReference($$ACTION_blockAction, "z6gLOdCIhCvF1Rk64NOClQ-JPnofmcmszNmJYvhRsXhVljXZSGQXnYe9lqzBgUKqp94WyGE", "$$ACTION_blockAction");
//# sourceMappingURL=page.tsx.map
