export const button = 'web';
