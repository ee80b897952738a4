export const settings = { name: 'app' }
