import { spreadsheetImportMaxBytes } from '@civic/shared';
import type { Request, RequestHandler, Response } from 'express';
import type Multer from 'multer';
import { AppError, validationError } from '../errors/app-error.ts';
import { lazyModule } from '../lazy-module.ts';

// Loaded on the first upload, not at start-up.
const multer = lazyModule<typeof Multer>('multer');
let singleFile: RequestHandler | undefined;
const upload = (): RequestHandler => {
  singleFile ??= multer()({
    storage: multer().memoryStorage(),
    limits: { fileSize: spreadsheetImportMaxBytes, files: 1, fields: 4, parts: 5 },
    defParamCharset: 'utf8',
  }).single('file');
  return singleFile;
};

const tooLarge = () =>
  new AppError(
    413,
    '/problems/payload-too-large',
    'File too large',
    `The file is larger than ${spreadsheetImportMaxBytes / 1024 / 1024} MB.`,
    [
      {
        field: 'file',
        message: 'larger than 10 MB',
        code: 'too_big',
        origin: 'bytes',
        maximum: spreadsheetImportMaxBytes,
      },
    ],
  );

/**
 * The multipart field `file` (one file, at most 10 MB, held in memory): 413 past the size, 400
 * naming `file` when there is none or the form is malformed.
 */
export async function readUpload(req: Request, res: Response): Promise<{ name: string; bytes: Buffer }> {
  await new Promise<void>((resolve, reject) => {
    upload()(req, res, (err: unknown) => {
      if (!err) resolve();
      else if (err instanceof multer().MulterError && err.code === 'LIMIT_FILE_SIZE') reject(tooLarge());
      else reject(validationError([{ field: 'file', message: (err as Error).message, code: 'invalid' }]));
    });
  });
  if (!req.file)
    throw validationError([
      { field: 'file', message: 'send the spreadsheet as the multipart field file', code: 'required' },
    ]);
  return { name: req.file.originalname, bytes: req.file.buffer };
}
