import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJavaMajor } from '../src/java/javaVersion';

test('reads the major version of modern and legacy java -version output', () => {
  const cases: [string, number | undefined][] = [
    ['openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment (build 17.0.15+6-Debian-1deb12u1)', 17],
    ['java version "1.8.0_402"\nJava(TM) SE Runtime Environment (build 1.8.0_402-b06)', 8],
    ['openjdk version "21" 2023-09-19', 21],
    ['openjdk version "22-ea" 2024-03-19', 22],
    ['openjdk version "11.0.2" 2019-01-15', 11],
    ['java version "9"', 9],
    ['openjdk 17.0.9 2023-10-17', 17], // `java --version` style, on stdout
    ['Error: could not find libjava.so', undefined],
    ['', undefined],
  ];
  for (const [output, major] of cases) assert.equal(parseJavaMajor(output), major, output);
});
