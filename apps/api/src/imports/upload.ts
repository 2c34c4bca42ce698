import { importMaxBytes, problemTypes } from '@civic/shared';
import type { Request, RequestHandler, Response } from 'express';
import type Multer from 'multer';
import { AppError, validationError } from '../errors/app-error.ts';
import { lazyModule } from '../lazy-module.ts';

// Loaded on the first upload, not at start-up.
const multer = lazyModule<typeof Multer>('multer');
let singleFile: RequestHandler | undefined;
const single = (): RequestHandler => {
  singleFile ??= multer()({
    storage: multer().memoryStorage(),
    limits: { fileSize: importMaxBytes, files: 1, fields: 10, fieldSize: 4000, parts: 12 },
  }).single('file');
  return singleFile;
};

/** Multipart's fields are strings; an empty one is a field left blank, so it counts as absent. */
const filled = (fields: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== ''));

/**
 * Reads a multipart/form-data import (multer, in memory): the one `file` (at most 1 MB, else 413)
 * and the other fields. A missing file is a 400 naming `file`.
 */
export function readMultipart(req: Request, res: Response): Promise<{ name: string; bytes: Buffer; fields: object }> {
  return new Promise((resolve, reject) => {
    single()(req, res, (error: unknown) => {
      if (error instanceof multer().MulterError && error.code === 'LIMIT_FILE_SIZE') {
        reject(
          new AppError(413, problemTypes.tooLarge, 'Payload too large', 'The file is larger than 1 MB.', [
            {
              field: 'file',
              message: `at most ${importMaxBytes} bytes`,
              code: 'too_big',
              origin: 'bytes',
              maximum: importMaxBytes,
            },
          ]),
        );
      } else if (error instanceof multer().MulterError) {
        reject(
          validationError(
            [{ field: error.field ?? 'file', message: error.message, code: 'invalid' }],
            'The form is malformed.',
          ),
        );
      } else if (error) {
        reject(validationError([{ field: 'file', message: 'the multipart body cannot be read', code: 'invalid' }]));
      } else if (!req.file) {
        reject(validationError([{ field: 'file', message: 'is required', code: 'required' }]));
      } else {
        resolve({ name: req.file.originalname, bytes: req.file.buffer, fields: filled(req.body ?? {}) });
      }
    });
  });
}
