// The catalog's pure parts, safe in the browser: its types, labels, query parser, the check
// form's shoe and the version alert's logic. The shoes themselves are in $lib/server/catalog.
export * from './schema';
export * from './format';
export * from './query';
export * from './to-shoe-input';
export * from './version-alert';
export * from './filters';
