/**
 * Save text as a file through the browser's download, with no server round trip: the data
 * never leaves the device. Browser-only; call it from event handlers.
 */
export function downloadText(text: string, fileName: string, type = 'application/json'): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = fileName;
	document.body.append(a);
	a.click();
	a.remove();
	// Revoking at once can cancel the download in some browsers; a tick later is enough.
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
