import net from 'node:net';

export interface StalledDownload {
  /** The HTTP status of the answer's first bytes. */
  status: number;
  /** Starts reading again and resolves with every raw byte received once the server closes. */
  readToEnd(): Promise<Buffer>;
  /** Hangs up. */
  close(): void;
}

/**
 * A client that sends the request over a raw socket, takes the first bytes of the answer and then
 * never reads again, as a stalled phone does: the kernel's buffers fill and the server's writes block.
 */
export function stallDownload(baseUrl: string, path: string): Promise<StalledDownload> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: hostname, port: Number(port) });
    const received: Buffer[] = [];
    let closed = false;
    socket.once('close', () => {
      closed = true;
    });
    socket.once('error', reject);
    socket.once('connect', () => {
      socket.write(`GET ${path} HTTP/1.1\r\nHost: ${hostname}:${port}\r\nConnection: close\r\n\r\n`);
    });
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.removeListener('error', reject);
      socket.on('error', () => undefined);
      received.push(first);
      const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(first.toString('latin1'))?.[1] ?? 0);
      resolve({
        status,
        readToEnd: () =>
          new Promise((done) => {
            socket.on('data', (chunk: Buffer) => received.push(chunk));
            if (closed) done(Buffer.concat(received));
            else socket.once('close', () => done(Buffer.concat(received)));
            socket.resume();
          }),
        close: () => socket.destroy(),
      });
    });
  });
}

/** True when a raw chunked HTTP/1.1 answer ends with its last-chunk marker, i.e. it was sent whole. */
export const endsWholeChunked = (raw: Buffer) => raw.subarray(-5).toString('latin1') === '0\r\n\r\n';
