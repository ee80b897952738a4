'use server'

export enum Status {
  Open,
  Closed,
}

export async function close(): Promise<Status> {
  return Status.Closed
}
