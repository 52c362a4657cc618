/** Save bytes through the page (no permission needed): a blob URL and a temporary <a download>. */
export function saveBytes(bytes: Uint8Array, fileName: string, mime = 'application/zip'): void {
  const url = URL.createObjectURL(new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export async function readFile(
  input: HTMLInputElement,
): Promise<{ name: string; bytes: Uint8Array } | undefined> {
  const file = input.files?.[0];
  if (!file) return undefined;
  return { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}
