// Every file a course names resolves inside course/, after symlinks: links to outside files, folders or logos are refused at
// the line that names them, so nothing outside the course folder is ever packaged.
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { loadErrors } from './load-errors.ts';

const good = path.resolve(import.meta.dirname, '../fixtures/good');
const temp = mkdtempSync(path.join(os.tmpdir(), 'maisp-paths-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A folder beside the course holding a "secret" file of each kind, as a careless or hostile author would link. */
const outside = path.join(temp, 'outside');
mkdirSync(path.join(outside, 'assets'), { recursive: true });
writeFileSync(path.join(outside, 'secret.svg'), readFileSync(path.join(good, 'assets/logo.svg')));
cpSync(path.join(good, 'assets'), path.join(outside, 'assets'), { recursive: true });
writeFileSync(path.join(outside, 'x.md'), readFileSync(path.join(good, 'modules/02-two.md')));
writeFileSync(path.join(outside, 'x.check.yaml'), readFileSync(path.join(good, 'modules/01-one.check.yaml')));

let n = 0;
function course(setup: (dir: string) => void): string {
  const dir = path.join(temp, `course-${n++}`);
  cpSync(good, dir, { recursive: true });
  setup(dir);
  return dir;
}

const errors = (dir: string): string[] =>
  loadErrors(dir, (d) => `${path.basename(d.file)}:${d.line}: ${d.message.replaceAll(temp, '<temp>')}`);

const addImage = (dir: string, href: string) => {
  const md = path.join(dir, 'modules/02-two.md');
  writeFileSync(md, `${readFileSync(md, 'utf8').trimEnd()}\n\n![Secret](${href})\n`);
};

test('an image that is a symlink to a file outside course/ is refused at the image line', () => {
  const dir = course((d) => {
    symlinkSync(path.join(outside, 'secret.svg'), path.join(d, 'assets/secret.svg'));
    addImage(d, '../assets/secret.svg');
  });
  expect(errors(dir)).toEqual([
    `02-two.md:14: image "../assets/secret.svg" is a link to <temp>/outside/secret.svg, outside the course folder`,
  ]);
});

test('an assets folder that is a symlink to a folder outside course/ is refused for the logo and every image in it', () => {
  const dir = course((d) => {
    rmSync(path.join(d, 'assets'), { recursive: true });
    symlinkSync(path.join(outside, 'assets'), path.join(d, 'assets'));
  });
  expect(errors(dir)).toEqual([
    `course.yaml:9: logo "assets/logo.svg" is a link to <temp>/outside/assets/logo.svg, outside the course folder`,
    `01-one.md:14: image "../assets/diagram.svg" is a link to <temp>/outside/assets/diagram.svg, outside the course folder`,
  ]);
});

test('a module, or its knowledge check, that is a symlink to a file outside course/ is refused', () => {
  const module = course((d) => {
    renameSync(path.join(d, 'modules/02-two.md'), path.join(d, 'modules/02-old.md.bak'));
    symlinkSync(path.join(outside, 'x.md'), path.join(d, 'modules/02-two.md'));
  });
  expect(errors(module)).toEqual([
    `course.yaml:18: module file "modules/02-two.md" is a link to <temp>/outside/x.md, outside the course folder`,
  ]);
  const check = course((d) => {
    rmSync(path.join(d, 'modules/01-one.check.yaml'));
    symlinkSync(path.join(outside, 'x.check.yaml'), path.join(d, 'modules/01-one.check.yaml'));
  });
  expect(errors(check)).toEqual([
    `01-one.check.yaml:1: 01-one.check.yaml is a link to <temp>/outside/x.check.yaml, outside the course folder`,
  ]);
});

test('absolute paths and ../ out of the course are refused for images, logos and modules alike', () => {
  const image = course((d) => addImage(d, path.join(outside, 'secret.svg')));
  expect(errors(image)).toEqual([
    `02-two.md:14: image "${path.join(outside, 'secret.svg').replaceAll(temp, '<temp>')}" is outside the course folder`,
  ]);
  const logo = course((d) => {
    const yaml = path.join(d, 'course.yaml');
    writeFileSync(yaml, readFileSync(yaml, 'utf8').replace('logo: assets/logo.svg', 'logo: ../outside/secret.svg'));
  });
  expect(errors(logo)).toEqual([`course.yaml:9: logo "../outside/secret.svg" is outside the course folder`]);
});

test('a symlink that stays inside course/ is followed as before', () => {
  const dir = course((d) => {
    symlinkSync('logo.svg', path.join(d, 'assets/same-logo.svg'));
    addImage(d, '../assets/same-logo.svg');
  });
  expect(errors(dir)).toEqual([]);
});
