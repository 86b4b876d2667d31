import assert from 'node:assert/strict';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { findJava, isFile } from '../src/java/javaFinder';
import { javaCandidates, javaInHome } from '../src/java/javaLookup';

const root = mkdtempSync(join(tmpdir(), 'clauselint-java-'));
after(() => rmSync(root, { recursive: true, force: true }));

/** A fake Java home whose bin/java prints the given version line the way java does (on stderr). */
function fakeJava(name: string, versionLine: string, exitCode = 0): string {
  const home = join(root, name);
  mkdirSync(join(home, 'bin'), { recursive: true });
  const exe = join(home, 'bin', 'java');
  writeFileSync(exe, `#!/bin/sh\necho '${versionLine}' >&2\nexit ${exitCode}\n`);
  chmodSync(exe, 0o755);
  return home;
}

const java17 = fakeJava('jdk17', 'openjdk version "17.0.15" 2025-04-15');
const java21 = fakeJava('jdk21', 'openjdk version "21.0.1" 2023-10-17');
const java8 = fakeJava('jdk8', 'java version "1.8.0_402"');
const broken = fakeJava('broken', 'Error: could not create the Java Virtual Machine.', 1);
const empty = join(root, 'empty');
mkdirSync(empty);

const ctx = (settingHome: string | undefined, env: Record<string, string | undefined>) => ({
  settingHome,
  env,
  platform: 'linux' as NodeJS.Platform,
  isFile,
});

test('the setting wins over JAVA_HOME and PATH', async () => {
  const found = await findJava(ctx(java21, { JAVA_HOME: java17, PATH: join(java8, 'bin') }));
  assert.ok(found.ok);
  assert.equal(found.java.source, 'setting');
  assert.equal(found.java.major, 21);
});

test('a wrong setting is reported, not replaced by another Java', async () => {
  const found = await findJava(ctx(empty, { JAVA_HOME: java17 }));
  assert.ok(!found.ok);
  assert.match(found.message, /clauselint\.java\.home is ".*empty"/);
  assert.match(found.message, /openjdk-17-jre-headless/);
});

test('JAVA_HOME comes before PATH', async () => {
  const found = await findJava(ctx(undefined, { JAVA_HOME: java17, PATH: join(java21, 'bin') }));
  assert.ok(found.ok);
  assert.equal(found.java.source, 'JAVA_HOME');
  assert.equal(found.java.executable, join(java17, 'bin', 'java'));
});

test('a too old JAVA_HOME falls through to a Java 17+ on PATH', async () => {
  const found = await findJava(ctx(undefined, { JAVA_HOME: java8, PATH: [empty, join(broken, 'bin'), join(java21, 'bin')].join(':') }));
  assert.ok(found.ok);
  assert.equal(found.java.source, 'PATH');
  assert.equal(found.java.major, 21);
});

test('without a usable Java the message says what was tried and what to install', async () => {
  const found = await findJava(ctx('  ', { JAVA_HOME: join(root, 'missing'), PATH: [join(java8, 'bin'), join(broken, 'bin')].join(':') }));
  assert.ok(!found.ok);
  assert.match(found.message, /JAVA_HOME is ".*missing"/);
  assert.match(found.message, /is Java 8/);
  assert.match(found.message, /did not run/);
  assert.match(found.message, /Temurin 17/);
});

test('no Java at all is said plainly', async () => {
  const found = await findJava(ctx(undefined, { PATH: empty }));
  assert.ok(!found.ok);
  assert.match(found.message, /no java on PATH and JAVA_HOME is not set/);
});

test('PATH entries are tried once each, on Windows with java.exe and ;', () => {
  const files = new Set(['C:\\jdk\\bin\\java.exe', 'D:\\tools\\java.exe']);
  const { candidates } = javaCandidates({
    env: { Path: 'C:\\jdk\\bin;;D:\\tools;C:\\jdk\\bin' },
    platform: 'win32',
    isFile: (f) => files.has(f),
  });
  assert.deepEqual(candidates.map((c) => c.executable), ['C:\\jdk\\bin\\java.exe', 'D:\\tools\\java.exe']);
  assert.equal(javaInHome('C:\\Program Files\\Java\\jdk-17', 'win32'), 'C:\\Program Files\\Java\\jdk-17\\bin\\java.exe');
});
