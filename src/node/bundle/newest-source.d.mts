/** The newest modification time under `folder`, the app and golden files aside (newest-source.mjs). */
export function newestSource(folder: string): number;
