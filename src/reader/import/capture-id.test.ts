import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CAPTURE_ID, decodeCapture, nextCaptureId, sha256Hex } from './capture-id.ts';

const bytes = new TextEncoder().encode('Eine Erfassung.\n');

describe('capture ids', () => {
  it('number a new capture one above the highest, with the first 16 hex digits of its SHA-256', () => {
    const id = nextCaptureId(['000_5f455d8639c74109', '004_89ae70b186e0ea4d', 'erfassung-gueltig'], bytes);
    expect(id).toBe(`005_${sha256Hex(bytes).slice(0, 16)}`);
    expect(id).toMatch(CAPTURE_ID);
    expect(nextCaptureId([], bytes)).toMatch(/^000_/);
  });

  it('keep the five first ids: their form is the rule, their hex digits are no SHA-256 of the bytes', () => {
    const names = readdirSync('content/captures').filter((name) => /^00[0-4]_/.test(name));
    expect(names).toHaveLength(5);
    for (const name of names) {
      const id = name.replace(/\.txt$/, '');
      expect(id).toMatch(CAPTURE_ID);
      // The hypothesis (sequence number + SHA-256 of the bytes) does not hold for them: documented in capture-id.ts.
      expect(sha256Hex(readFileSync(`content/captures/${name}`)).slice(0, 16)).not.toBe(id.slice(4));
    }
  });
});

describe('decodeCapture', () => {
  it('reads UTF-8', () => {
    expect(decodeCapture(new TextEncoder().encode('Pjöngjang „Stand“'))).toEqual({
      ok: true,
      text: 'Pjöngjang „Stand“',
    });
  });

  it('names the first byte that is no UTF-8, and its line', () => {
    // "Pjöngjang" in Windows-1252 on line 2: ö is the single byte 0xf6.
    const latin1 = Uint8Array.from([
      ...new TextEncoder().encode('Titel\nPj'),
      0xf6,
      ...new TextEncoder().encode('ngjang'),
    ]);
    const result = decodeCapture(latin1);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(/^not UTF-8 text: byte 9 \(line 2\) is 0xf6; save the capture as UTF-8/);
  });
});
