'use server' // windows line endings
export async function crlf(id: string) {
  return id
}

import { registerServerReference } from "actionc/server";
registerServerReference(crlf, "z6gLwSUuCjdj3J-RPM6kzFFIMU7YJ-EXYXgvxkS3hMWw0RigYm4x", "crlf");
//# sourceMappingURL=windows.ts.map
