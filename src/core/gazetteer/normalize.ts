/**
 * The one key every name is stored and looked up under: lower case, accents removed, dots
 * dropped ("U.S." -> "us"), apostrophes unified, dashes read as spaces, spaces collapsed. Case is not part of
 * the key; abbreviations are told apart by the caller (see `isAbbreviation`).
 */
export function nameKey(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      // Hyphens and spaces are interchangeable in names ("Al-Minya", "Al Minya"; "Guinea-Bissau").
      .replace(/[-‐‑‒–—]/g, ' ')
      .replace(/\./g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** "UK", "U.S.", "UAE", "NSW": all capitals (dots allowed), at most six letters. */
export function isAbbreviation(name: string): boolean {
  const letters = name.replace(/\./g, '');
  return letters.length >= 2 && letters.length <= 6 && /^[A-Z]+$/.test(letters);
}
