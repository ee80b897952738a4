// Copyright (c) Example Corp.
/* eslint-disable no-console */
/**
 * Server actions for the inbox.
 */
'use server'

export async function archive(id: string) {
  return id
}
