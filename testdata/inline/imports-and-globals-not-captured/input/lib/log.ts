export function info(...args: unknown[]) {}
export default 'log';
