

const $$bound = 'mine'
const $$ACTION_Page$act = 'also mine'

export default function Page({ id }: { id: string }) {
  const act = /*#__PURE__*/ createServerReference("z6gL_zNy0cMnE2C4g_lcLso1l6oY6ttn8jvTe5N6ONLxSaMTH6iLJZH5qGVIRjtYj-ZD7Q", callServer, undefined, findSourceMapURL, "$$ACTION_Page$act_2")
  return act
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
