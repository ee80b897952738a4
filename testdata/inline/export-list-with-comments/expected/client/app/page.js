export var save = /*#__PURE__*/ createServerReference("z6gLrMNdsE3spuu_XW2lq8diGcQtnp-gzZ-zY5cX0ADWeizDyE8aTgkW2aja", callServer, undefined, findSourceMapURL, "$$ACTION_save");
// A comment inside an export list is a child of the list like its specifiers (issue 16:
// the client layer's import pruning read every child as a specifier and crashed).
import { db } from './db';

const limit = 10;
export { limit /* rows per page */, db as store, /* trailing */ };



import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=page.js.map
