'use server'

export abstract class Base {
  abstract run(): Promise<void>
}
