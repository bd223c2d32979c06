/** Saves text made in the page as a file on the phone or computer (a credential, a VC-JWT). */
export function saveFile(content: string, type: string, fileName: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the blob after click() returns: it is let go of a minute later.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 60_000);
}
