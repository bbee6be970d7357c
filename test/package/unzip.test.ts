// npm run preview unpacks a zip the way an LMS would: a hostile zip (zip slip, absolute paths, links) is refused whole,
// nothing is written inside or outside the target, and an ordinary zip unpacks as before.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { unzip, UnsafeZipError } from '../../build/package/unzip.ts';

const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-unzip-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

interface Entry {
  name: string;
  data: string;
  /** Unix mode with its type bits, stored as a Unix-made entry's external attributes. @default 0o100644 */
  mode?: number;
}

/** A stored (uncompressed) zip with exactly these entry names: what a hostile tool can write, unlike our own writer. */
function craftZip(entries: readonly Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const data = Buffer.from(e.data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 20, 4); // made by Unix: the external attributes hold the mode
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x800, 8);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(((e.mode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(entries.length, 8);
  eocd.writeUInt16LE(entries.length, 10);
  eocd.writeUInt32LE(cd.length, 12);
  eocd.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, eocd]);
}

let n = 0;
/** Unpacks a crafted zip into <case>/site/preview/ and returns the case folder, so escapes land somewhere we can see. */
function attempt(entries: readonly Entry[]): { base: string; target: string; error: unknown } {
  const base = path.join(temp, `case-${n++}`);
  const target = path.join(base, 'site', 'preview');
  mkdirSync(base, { recursive: true });
  const zip = path.join(base, 'package.zip');
  writeFileSync(zip, craftZip(entries));
  try {
    unzip(zip, target);
    return { base, target, error: null };
  } catch (error) {
    return { base, target, error };
  }
}

const files = (dir: string): string[] =>
  existsSync(dir)
    ? readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => !e.isDirectory())
        .map((e) => e.name)
    : [];

test.for<[string, Entry[]]>([
  ['an entry climbing out with ../', [{ name: '../../victim/x.txt', data: 'owned' }]],
  ['an entry climbing out from inside a folder', [{ name: 'assets/../../../victim/x.txt', data: 'owned' }]],
  ['an absolute path', [{ name: `${temp}/absolute-victim.txt`, data: 'owned' }]],
  ['enough ../ to reach the root, then an absolute path', [{ name: `${'../'.repeat(30)}${temp.slice(1)}/root-victim.txt`, data: 'owned' }]],
  ['a Windows drive path', [{ name: 'C:/victim.txt', data: 'owned' }]],
  ['a backslash path', [{ name: '..\\..\\victim\\x.txt', data: 'owned' }]],
  ['a symbolic link', [{ name: 'link', data: '/etc', mode: 0o120777 }]],
  [
    'a good entry before a bad one',
    [
      { name: 'index.html', data: '<p>hi</p>' },
      { name: '../../victim/late.txt', data: 'owned' },
    ],
  ],
])('%s is refused, and nothing is written anywhere', ([, entries]) => {
  const { base, target, error } = attempt(entries);
  expect(error).toBeInstanceOf(UnsafeZipError);
  expect((error as Error).message).toMatch(/was not unpacked: its entry ".*" (is|climbs|uses|would)/);
  expect(files(target)).toEqual([]);
  expect(files(base)).toEqual(['package.zip']);
  expect(existsSync(path.join(temp, 'absolute-victim.txt')) || existsSync(path.join(temp, 'root-victim.txt'))).toBe(false);
});

test('an ordinary zip with folders unpacks every file under the target', () => {
  const { target, error } = attempt([
    { name: 'assets/', data: '', mode: 0o040755 },
    { name: 'assets/app.js', data: 'ok' },
    { name: 'index.html', data: '<p>hi</p>' },
  ]);
  expect(error).toBeNull();
  expect(readFileSync(path.join(target, 'assets/app.js'), 'utf8')).toBe('ok');
  expect(readFileSync(path.join(target, 'index.html'), 'utf8')).toBe('<p>hi</p>');
});
