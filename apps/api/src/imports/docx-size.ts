const endOfDirectory = 0x06054b50;
const directoryEntry = 0x02014b50;

/**
 * The sum of the uncompressed sizes a ZIP file's central directory declares (APPNOTE 6.3.10, 4.3.12
 * and 4.3.16), read before anything is unpacked; undefined when there is no readable directory.
 * ZIP64 archives (sizes of 0xFFFFFFFF) count as too large to read.
 */
export function docxUnpackedBytes(bytes: Buffer): number | undefined {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let at = bytes.length - 22; at >= earliest; at--) {
    if (bytes.readUInt32LE(at) !== endOfDirectory) continue;
    const entries = bytes.readUInt16LE(at + 10);
    let offset = bytes.readUInt32LE(at + 16);
    let total = 0;
    for (let i = 0; i < entries; i++) {
      if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== directoryEntry) return undefined;
      const size = bytes.readUInt32LE(offset + 24);
      total += size === 0xffffffff ? Number.POSITIVE_INFINITY : size;
      offset +=
        46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
    }
    return total;
  }
  return undefined;
}
