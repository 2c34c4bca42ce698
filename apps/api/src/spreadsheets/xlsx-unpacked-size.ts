import type yauzl from 'yauzl';
import { lazyModule } from '../lazy-module.ts';
import { SheetFileError } from './sheet-file-error.ts';

// Loaded on the first .xlsx upload, not at start-up.
const unzip = lazyModule<typeof yauzl>('yauzl');

/** What an .xlsx may unpack to, in bytes, and how many parts it may hold: a zip bomb stops here. */
export const xlsxMaxUnpackedBytes = 100 * 1024 * 1024;
const xlsxMaxEntries = 1000;

const tooLarge = () =>
  new SheetFileError(
    'too_large_unpacked',
    `The .xlsx file unpacks to more than ${xlsxMaxUnpackedBytes / 1024 / 1024} MB.`,
  );

/**
 * Inflates every part of the zip once, counting bytes as they come (never trusting the sizes the
 * directory declares), and refuses the file past xlsxMaxUnpackedBytes or xlsxMaxEntries parts.
 */
export function checkUnpackedSize(bytes: Buffer): Promise<void> {
  return new Promise((resolve, reject) => {
    unzip().fromBuffer(bytes, { lazyEntries: true, validateEntrySizes: false }, (openError, zip) => {
      if (openError || !zip) {
        reject(new SheetFileError('unreadable', 'The file is not an .xlsx workbook (not a zip archive).'));
        return;
      }
      let total = 0;
      let entries = 0;
      const fail = (err: Error) => {
        zip.close();
        reject(err);
      };
      zip.on('entry', (entry: yauzl.Entry) => {
        entries += 1;
        if (entries > xlsxMaxEntries || total + entry.uncompressedSize > xlsxMaxUnpackedBytes) return fail(tooLarge());
        zip.openReadStream(entry, (streamError, stream) => {
          if (streamError || !stream) return fail(new SheetFileError('unreadable', 'The .xlsx archive is damaged.'));
          stream.on('data', (chunk: Buffer) => {
            total += chunk.length;
            if (total > xlsxMaxUnpackedBytes) {
              stream.destroy();
              fail(tooLarge());
            }
          });
          stream.on('error', () => fail(new SheetFileError('unreadable', 'The .xlsx archive is damaged.')));
          stream.on('end', () => zip.readEntry());
        });
      });
      zip.on('end', () => resolve());
      zip.on('error', () => fail(new SheetFileError('unreadable', 'The .xlsx archive is damaged.')));
      zip.readEntry();
    });
  });
}
