export default function ({ id }: { id: string }) {
  return <form action={/*#__PURE__*/ createServerReference("z6gLz-oMzkozMsTIcKWkJvL0rdYTnUwMZ__au48_mYp8GDe_JSviWmwv3iOrn6TkHD0IuYAf4ow", callServer, undefined, findSourceMapURL, "$$ACTION_default$action")} />;
}

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.tsx.map
