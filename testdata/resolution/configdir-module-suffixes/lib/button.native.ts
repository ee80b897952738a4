export const button = 'native';
