import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
export const crlf = /*#__PURE__*/ createServerReference("z6gLwSUuCjdj3J-RPM6kzFFIMU7YJ-EXYXgvxkS3hMWw0RigYm4x", callServer, undefined, findSourceMapURL, "crlf");
//# sourceMappingURL=windows.ts.map
