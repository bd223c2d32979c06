/** The longest side a photo keeps: plenty for evidence, and a few hundred KB as JPEG. */
export const LONGEST_SIDE = 2560;
const QUALITY = 0.85;
/** Below this a photo already small enough in pixels is sent as taken. */
const SMALL_ENOUGH = 1_000_000;
const SHRINKABLE = new Set(['image/jpeg', 'image/png', 'image/webp']);

/** The size a photo is drawn at: its longest side at most LONGEST_SIDE, never enlarged. */
export function fittedSize(width: number, height: number): { width: number; height: number } {
  const scale = Math.min(1, LONGEST_SIDE / Math.max(width, height));
  return { width: Math.round(width * scale), height: Math.round(height * scale) };
}

async function encode(bitmap: ImageBitmap): Promise<Blob | null> {
  const { width, height } = fittedSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d');
  if (context === null) return null;
  context.drawImage(bitmap, 0, 0, width, height);
  return new Promise((resolve) => {
    canvas.toBlob(resolve, 'image/jpeg', QUALITY);
  });
}

/**
 * A phone's photo (often 4000 px and 5–10 MB) shrunk on the phone before it leaves, so the upload
 * over a weak connection is a few hundred KB; the server re-encodes what it keeps anyway. Anything
 * else (a PDF, a format the browser cannot draw, a photo already small) is sent as it is.
 */
export async function shrinkPhoto(file: File): Promise<File> {
  if (!SHRINKABLE.has(file.type) || typeof createImageBitmap !== 'function') return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: 'from-image' });
  } catch {
    return file;
  }
  try {
    const fitted = fittedSize(bitmap.width, bitmap.height);
    if (fitted.width === bitmap.width && file.size <= SMALL_ENOUGH) return file;
    const blob = await encode(bitmap);
    if (blob === null || blob.size >= file.size) return file;
    const name = file.name.replace(/\.[^.]*$/, '') + '.jpg';
    return new File([blob], name, { type: 'image/jpeg', lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}
