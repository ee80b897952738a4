'use server';

async function other() {
  return 'module action';
}

export async function Page(id: string) { var save = $$ACTION_Page$save.bind(null, encryptActionBoundArgs("z6gLHPma90_F0h7NGGbKXPVSn2rxK69n6GAlgQxd8_tLQr7iORCTUzHRVGGgJAZ-jG5GjK0", () => [id]));
  
  return save;
}

export { other as "Page/save" };

export async function $$ACTION_Page$save($$bound: unknown) {
    'use server'; const [id] = await decryptActionBoundArgs("z6gLHPma90_F0h7NGGbKXPVSn2rxK69n6GAlgQxd8_tLQr7iORCTUzHRVGGgJAZ-jG5GjK0", $$bound) as [(string)];
    return id;
  }
import { registerServerReference, encryptActionBoundArgs, decryptActionBoundArgs } from "actionc/server";
registerServerReference(Page, "z6gLYf79RJ-gnRjA77HAS-Uew0MBhiFc7xMPTgO1vXkuRzooa7w8", "Page");
registerServerReference(other, "z6gL9-ITE9RJOXLLPNjIVlgVDoZScOO0QgNdvxiF83Q4PSOMqWC0c2_eq6g", "Page/save");
registerServerReference($$ACTION_Page$save, "z6gLHPma90_F0h7NGGbKXPVSn2rxK69n6GAlgQxd8_tLQr7iORCTUzHRVGGgJAZ-jG5GjK0", "$$ACTION_Page$save");
//# sourceMappingURL=actions.ts.map
