#!/usr/bin/env node
 export var run = /*#__PURE__*/ createServerReference("z6gLoBN8CqRufWhci7ZpThzF87OFuB0zzQo4PaQs-wzg9T2SK79yuHMWdQ", callServer, undefined, findSourceMapURL, "$$ACTION_run");

import { createServerReference, callServer, findSourceMapURL } from "actionc/client";
//# sourceMappingURL=cli.js.map
