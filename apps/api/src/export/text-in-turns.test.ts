import { Writable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { createGunzip, createGzip } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { writeTextInTurns } from './text-in-turns.ts';

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pages of lines that differ from page to page and line to line, in length too (Cyrillic: 2 bytes a letter). */
function pagesOf(pageCount: number, linesPerPage: number): string[][] {
  return Array.from({ length: pageCount }, (_, page) =>
    Array.from(
      { length: linesPerPage },
      (_, line) => `страница ${page}, строка ${line}: ${'ж'.repeat((page * 131 + line * 17) % 400)}${page};${line}\r\n`,
    ),
  );
}

async function* slowly(pages: string[][]) {
  for (const page of pages) {
    await pause(0);
    yield page;
  }
}

/**
 * A sink that, like a socket under a slow reader, holds each chunk it is given and reads its bytes only later,
 * after `delayMs`: a buffer reused before the sink let go of it shows here as another chunk's bytes.
 */
function slowSink(delayMs: number, highWaterMark = 4 * 1024) {
  const read: Buffer[] = [];
  const chunks: Buffer[] = [];
  const sink = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      setTimeout(() => {
        read.push(Buffer.from(chunk));
        done();
      }, delayMs);
    },
  });
  return { sink, read, chunks };
}

describe('writeTextInTurns', () => {
  it('when pages far larger than its buffers go to a slow sink, then the sink reads every byte in order and at most two buffers are used', async () => {
    const pages = pagesOf(40, 60);
    const { sink, read, chunks } = slowSink(2);
    expect(await writeTextInTurns(sink, slowly(pages), 8 * 1024)).toBe('ended');
    await new Promise((resolve) => sink.on('finish', resolve));
    expect(Buffer.concat(read).toString('utf8')).toBe(pages.flat().join(''));
    expect(new Set(chunks.map((chunk) => chunk.buffer)).size).toBeLessThanOrEqual(2);
    expect(chunks.length).toBeGreaterThan(10);
  });

  it('when the sink is a gzip stream read slowly, then the file it makes unzips to the same text', async () => {
    const pages = pagesOf(30, 50);
    const gzip = createGzip();
    const gunzipped = buffer(gzip.pipe(createGunzip()));
    expect(await writeTextInTurns(gzip, slowly(pages), 32 * 1024)).toBe('ended');
    expect((await gunzipped).toString('utf8')).toBe(pages.flat().join(''));
  });

  it('when a text is longer than a buffer, then it goes out whole between its neighbours', async () => {
    const long = `${'ю'.repeat(9000)}\r\n`;
    const pages = [['a\r\n', 'b\r\n'], [long, 'c\r\n'], [long]];
    const { sink, read } = slowSink(1);
    expect(await writeTextInTurns(sink, slowly(pages), 4 * 1024)).toBe('ended');
    await new Promise((resolve) => sink.on('finish', resolve));
    expect(Buffer.concat(read).toString('utf8')).toBe(pages.flat().join(''));
  });

  it('when the sink takes writes without asking to wait (write returns true), then no buffer is reused', async () => {
    const pages = pagesOf(10, 40);
    const { sink, read, chunks } = slowSink(1, 1024 * 1024);
    expect(await writeTextInTurns(sink, slowly(pages), 8 * 1024)).toBe('ended');
    await new Promise((resolve) => sink.on('finish', resolve));
    expect(Buffer.concat(read).toString('utf8')).toBe(pages.flat().join(''));
    expect(new Set(chunks.map((chunk) => chunk.buffer)).size).toBe(chunks.length);
  });

  it('when the sink closes mid-way, then it stops and leaves the pages, which are not read to the end', async () => {
    let left = false;
    let read = 0;
    async function* pages() {
      try {
        for (const page of pagesOf(1000, 20)) {
          read += 1;
          yield page;
        }
      } finally {
        left = true;
      }
    }
    const { sink } = slowSink(1);
    setTimeout(() => sink.destroy(), 20);
    expect(await writeTextInTurns(sink, pages(), 8 * 1024)).toBe('closed');
    expect(left).toBe(true);
    expect(read).toBeLessThan(1000);
  });
});
