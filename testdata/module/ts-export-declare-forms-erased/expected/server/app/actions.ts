'use server'

export declare function external(): Promise<void>
export declare const config: { region: string }
export declare class Client {}
export declare enum Mode {
  A,
}
export declare namespace Env {
  const name: string
}

export async function real() {}

import { registerServerReference } from "actionc/server";
registerServerReference(real, "z6gL29IeL0L-R39ond5tIvGUO4n7htwJTFoKy3XtVSo7T5cwb4n6", "real");
//# sourceMappingURL=actions.ts.map
