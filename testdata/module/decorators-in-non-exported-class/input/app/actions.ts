'use server'

function logged(target: unknown, context: unknown) {
  return target
}

@logged
class Repo {
  @logged
  async save(v: string) {
    return v
  }
}

export async function store(v: string) {
  return new Repo().save(v)
}
