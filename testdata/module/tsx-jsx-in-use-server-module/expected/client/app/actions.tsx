import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const renderBadge = /*#__PURE__*/ createServerReference("z6gL7YYU2DHoNEW-IPT6etxJb2SYJNYOzqOyl_7XQMO-R-jU7pZFapwFm8VEkrw", callServer, undefined, findSourceMapURL, "renderBadge");
//# sourceMappingURL=actions.tsx.map
