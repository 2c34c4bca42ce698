/** The part of a response the writer uses: an http.ServerResponse, with or without the compression middleware. */
export interface TextSink {
  write(chunk: Uint8Array): boolean;
  end(): unknown;
  on(event: 'drain' | 'close', listener: () => void): unknown;
  readonly destroyed: boolean;
}

/**
 * Bytes per buffer: far above the high-water marks of a socket and of a zlib stream (16 KB), so every write of a
 * full buffer returns false and is followed by 'drain'; a few hundred rows of the initiatives CSV.
 */
export const textBufferBytes = 256 * 1024;

/** How the writing ended: every piece written and the response ended, or the response closed first. */
export type TextWritten = 'ended' | 'closed';

/**
 * Writes the texts of `pieces` (an iterable of texts per piece, each text whole, e.g. a keyset page of CSV lines)
 * to `sink` as UTF-8, through two buffers of `bufferBytes` used in turn, and ends it. A buffer is filled with
 * whole texts and written; it is filled again only once the sink is done with it: its write returned false and
 * 'drain' followed, which the sink emits when every byte written before has been taken (by the socket, or read
 * by the compression stream). One buffer is filled while the other is sent, so the memory an export holds
 * outside the JS heap stays at two buffers however many rows it writes. (A fresh buffer per page stayed in
 * memory until a collection found it dead, and raised the server's peak by tens of MB.) A write that returns
 * true has not said when the sink lets go of its buffer: that buffer is not used again. A text longer than a
 * buffer goes out in a buffer of its own. The writer waits for 'drain' before each write after one that returned
 * false, and stops (returns 'closed', leaving `pieces` through its return()) once the sink closes.
 */
export async function writeTextInTurns(
  sink: TextSink,
  pieces: AsyncIterable<Iterable<string>>,
  bufferBytes = textBufferBytes,
): Promise<TextWritten> {
  const free: Buffer[] = [Buffer.allocUnsafeSlow(bufferBytes)];
  let current: Buffer = Buffer.allocUnsafeSlow(bufferBytes);
  let used = 0;
  // Written with a false return, back to `free` at the next 'drain'.
  let sent: Buffer[] = [];
  let awaitingDrain = false;
  let closed = sink.destroyed;
  let wake: (() => void) | undefined;
  const wakeUp = () => {
    const resolve = wake;
    wake = undefined;
    resolve?.();
  };
  sink.on('drain', () => {
    free.push(...sent);
    sent = [];
    awaitingDrain = false;
    wakeUp();
  });
  sink.on('close', () => {
    closed = true;
    wakeUp();
  });

  /** Writes `chunk` once the sink has drained what came before; false when the sink closed first. */
  const send = async (chunk: Buffer, buffer?: Buffer): Promise<boolean> => {
    while (awaitingDrain && !closed) await new Promise<void>((resolve) => (wake = resolve));
    if (closed) return false;
    if (!sink.write(chunk)) {
      awaitingDrain = true;
      if (buffer) sent.push(buffer);
    }
    return true;
  };

  /** Writes the filled part of the current buffer and takes the next one; false when the sink closed. */
  const flush = async (): Promise<boolean> => {
    if (used === 0) return !closed;
    const full = current;
    const length = used;
    used = 0;
    const written = await send(full.subarray(0, length), full);
    // After the wait for 'drain' in send: the buffer written before is free again by now.
    current = free.pop() ?? Buffer.allocUnsafeSlow(bufferBytes);
    return written;
  };

  for await (const texts of pieces) {
    if (closed) return 'closed';
    for (const text of texts) {
      // A UTF-16 code unit takes at most 3 bytes of UTF-8; the exact length is counted only near the end.
      if (used + text.length * 3 > bufferBytes) {
        const bytes = Buffer.byteLength(text);
        if (used + bytes > bufferBytes) {
          if (!(await flush())) return 'closed';
          if (bytes > bufferBytes) {
            if (!(await send(Buffer.from(text)))) return 'closed';
            continue;
          }
        }
      }
      used += current.write(text, used);
    }
  }
  if (!(await flush())) return 'closed';
  sink.end();
  return 'ended';
}
