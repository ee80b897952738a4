import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const nextAuthV4 = /*#__PURE__*/ createServerReference("z6gLkE_Y84US_EX6Jl64hK-IzP1eYfIJLQnvjWSbDBmqL8pJidSWUuxRcAtpqHMwkue4OPZk", callServer, undefined, findSourceMapURL, "nextAuthV4");
//# sourceMappingURL=next-auth-v4.ts.map
