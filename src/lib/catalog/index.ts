export * from './catalog';
export * from './search';
export * from './to-shoe-input';
