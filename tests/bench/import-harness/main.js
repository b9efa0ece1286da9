// The bench's page: the import component alone, mounted as the app will mount it, with the
// styles the app's layout loads.
import { mount } from 'svelte';
import '../../../src/app.css';
import '../../../src/lib/ui/buttons.css';
import '../../../src/lib/ui/tables.css';
import ImportTraining from '../../../src/lib/import/ImportTraining.svelte';

mount(ImportTraining, {
	target: /** @type {HTMLElement} */ (document.getElementById('app')),
	props: {
		units: { length: 'mm', distance: 'km' },
		calfHurts: false,
		onfill: () => {}
	}
});
