'use server'

export async function card(title) {
  return <section><h2>{title}</h2></section>
}
