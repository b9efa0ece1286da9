// `npm run build`'s second step: bundles the JSON API (src/lib/server/api/bundle.ts) for Node
// into build/api/index.js, where server/index.js imports its fast path. The same source
// serves the SvelteKit route; runtime dependencies stay external, as in adapter-node's build.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

await build({
	configFile: false,
	root,
	logLevel: 'warn',
	resolve: { alias: { $lib: path.join(root, 'src/lib') } },
	build: {
		ssr: path.join(root, 'src/lib/server/api/bundle.ts'),
		outDir: path.join(root, 'build/api'),
		emptyOutDir: true,
		target: 'node20',
		sourcemap: true,
		rollupOptions: { output: { entryFileNames: 'index.js' } }
	}
});
