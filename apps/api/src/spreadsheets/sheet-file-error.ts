/** Why a file cannot be read at all (the whole file is refused, nothing is stored). */
export class SheetFileError extends Error {
  constructor(
    readonly kind: 'unreadable' | 'too_many_rows' | 'too_large_unpacked' | 'empty',
    message: string,
  ) {
    super(message);
  }
}
