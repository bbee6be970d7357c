// Reads a zip's central directory and inflates single entries: enough for the self-check, no dependency.
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  /** Raw MS-DOS date and time fields (APPNOTE 4.4.6), for tests of reproducibility. */
  dosDate: number;
  dosTime: number;
  /** Unix permission bits from the external attributes (made-by Unix), or null. */
  mode: number | null;
  /** Unix file type bits (S_IFMT: 0o100000 file, 0o040000 folder, 0o120000 symlink) from the same field, or null. */
  fileType: number | null;
  localHeaderOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

/** The entries of the central directory, in stored order. Throws on a malformed or Zip64 archive. */
export function readZipEntries(zip: Buffer): ZipEntry[] {
  // End of central directory: 22 bytes plus a comment of up to 65,535 bytes at the end of the file.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory record');
  const count = zip.readUInt16LE(eocd + 10);
  const cdOffset = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdOffset === 0xffffffff) throw new Error('Zip64 archives are not supported');
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CEN_SIG) throw new Error(`bad central directory entry ${n}`);
    const madeBy = zip.readUInt16LE(p + 4) >> 8;
    const nameLen = zip.readUInt16LE(p + 28);
    const extraLen = zip.readUInt16LE(p + 30);
    const commentLen = zip.readUInt16LE(p + 32);
    const external = zip.readUInt32LE(p + 38);
    entries.push({
      // General purpose flag bit 11 marks UTF-8 names; archiver sets it for non-ASCII names.
      name: zip.toString((zip.readUInt16LE(p + 8) & 0x800) !== 0 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLen),
      method: zip.readUInt16LE(p + 10),
      dosTime: zip.readUInt16LE(p + 12),
      dosDate: zip.readUInt16LE(p + 14),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      mode: madeBy === 3 ? (external >>> 16) & 0o7777 : null,
      fileType: madeBy === 3 ? (external >>> 16) & 0o170000 : null,
      localHeaderOffset: zip.readUInt32LE(p + 42),
    });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The uncompressed bytes of one entry (stored or deflated). */
export function readZipEntry(zip: Buffer, entry: ZipEntry): Buffer {
  const p = entry.localHeaderOffset;
  if (zip.readUInt32LE(p) !== LOC_SIG) throw new Error(`bad local header for ${entry.name}`);
  // Sizes come from the central directory: with a data descriptor (bit 3) the local header holds zeros.
  const start = p + 30 + zip.readUInt16LE(p + 26) + zip.readUInt16LE(p + 28);
  const raw = zip.subarray(start, start + entry.compressedSize);
  if (entry.method === 0) return Buffer.from(raw);
  if (entry.method === 8) return inflateRawSync(raw);
  throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
}
