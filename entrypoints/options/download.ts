/** Saves text as a file through the browser's download UI. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The download has its own copy once click() returns; the object URL can go.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
