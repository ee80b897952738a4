export async function help() {}
