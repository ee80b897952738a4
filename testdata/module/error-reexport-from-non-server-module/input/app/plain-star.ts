export async function starred() {}
