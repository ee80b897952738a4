import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const placeOrder = /*#__PURE__*/ createServerReference("z6gL5jHyZqBNXaxiClyUVwY9GXf2-oqeUKn0Uxsl-Qqy-xhX3WNfyVbKn56sUsTl_V2mOg", callServer, undefined, findSourceMapURL, "placeOrder");
//# sourceMappingURL=orders.ts.map
