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
