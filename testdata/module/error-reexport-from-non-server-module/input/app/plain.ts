export async function helper() {}
