import { problemTypes } from '@civic/shared';
import { AppError, validationError } from '../errors/app-error.ts';
import { lazyModule } from '../lazy-module.ts';
import { docxUnpackedBytes } from './docx-size.ts';

// The readers load on the first upload that needs them: most server starts never read a file.
const readability = lazyModule<typeof import('@mozilla/readability')>('@mozilla/readability');
const chardet = lazyModule<typeof import('chardet')>('chardet');
const iconv = lazyModule<typeof import('iconv-lite')>('iconv-lite');
const linkedom = lazyModule<typeof import('linkedom')>('linkedom');
const mammoth = lazyModule<typeof import('mammoth')>('mammoth');

/** A .docx that unpacks past this is refused before it is read (a press release unpacks to well under 5 MB). */
export const docxMaxUnpackedBytes = 20 * 1024 * 1024;

const unreadable = (reason: string) =>
  new AppError(415, problemTypes.unsupportedMediaType, 'Unsupported file', reason, [
    { field: 'file', message: reason, code: 'unsupported_media_type' },
  ]);

const empty = () =>
  validationError(
    [{ field: 'file', message: 'is empty: no text to import', code: 'empty' }],
    'The file holds no text.',
  );

/** Control characters other than tab, line feed, form feed and carriage return: a text file has none. */
const binaryByte = (byte: number) => byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0c && byte !== 0x0d;

/**
 * Plain text as officials' tools write it: UTF-8 (a byte-order mark is dropped, it is not part of
 * the text) or, when the bytes are not UTF-8, Windows-1251 as chardet detects it. Anything else,
 * or bytes no text file holds (NUL and other control bytes), is a 415 naming the reason.
 */
export function decodeText(bytes: Buffer): string {
  if (bytes.subarray(0, 4096).some(binaryByte)) throw unreadable('not a text file: it holds binary bytes');
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const detected = chardet().detect(bytes);
    if (detected?.toLowerCase() !== 'windows-1251') {
      throw unreadable(`not UTF-8 or Windows-1251 text (it reads as ${detected ?? 'no known encoding'})`);
    }
    return iconv().decode(bytes, 'win1251');
  }
}

const blocks = 'h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td';

/** A page saved from a news site: the article's own text (Readability over linkedom), one paragraph a block. */
export function articleText(html: string): string {
  const { parseHTML } = linkedom();
  const { Readability } = readability();
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0]).parse();
  if (!article?.content) return '';
  const { document: content } = parseHTML(`<!doctype html><html><body>${article.content}</body></html>`);
  const paragraphs = [...content.querySelectorAll(blocks)]
    .filter((element) => !element.querySelector(blocks))
    .map((element) => (element.textContent ?? '').replace(/\s+/gu, ' ').trim())
    .filter((text) => text.length > 0);
  return paragraphs.length > 0 ? paragraphs.join('\n\n') : (article.textContent ?? '').trim();
}

/** A Word document's raw text (mammoth), after its unpacked size is checked. */
async function docxText(bytes: Buffer): Promise<string> {
  const unpacked = docxUnpackedBytes(bytes);
  if (unpacked === undefined) throw unreadable('not a .docx file: no ZIP directory in it');
  if (unpacked > docxMaxUnpackedBytes) {
    throw new AppError(413, problemTypes.tooLarge, 'Payload too large', 'The .docx unpacks to more than 20 MB.', [
      {
        field: 'file',
        message: `unpacks to ${unpacked} bytes, more than ${docxMaxUnpackedBytes}`,
        code: 'too_big',
        origin: 'bytes',
        maximum: docxMaxUnpackedBytes,
      },
    ]);
  }
  try {
    const { value } = await mammoth().extractRawText({ buffer: bytes });
    return value.replace(/\n{3,}/gu, '\n\n').trim();
  } catch {
    throw unreadable('not a .docx file mammoth can read');
  }
}

/**
 * The text of an uploaded file by its extension: `.txt` (see decodeText), `.html`/`.htm` (see
 * articleText, decoded as .txt is) or `.docx` (see docxText). Any other extension is a 415; a file
 * with no text is a 400 naming `file`.
 */
export async function readUpload(name: string, bytes: Buffer): Promise<string> {
  if (bytes.length === 0) throw empty();
  const extension = /\.([a-z0-9]+)$/iu.exec(name)?.[1]?.toLowerCase();
  let text: string;
  if (extension === 'txt') text = decodeText(bytes);
  else if (extension === 'html' || extension === 'htm') text = articleText(decodeText(bytes));
  else if (extension === 'docx') text = await docxText(bytes);
  else throw unreadable(`.${extension ?? '(none)'} files are not read: send .txt, .html or .docx`);
  if (text.trim() === '') throw empty();
  return text;
}
