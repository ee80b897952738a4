export * from './forms/save';
