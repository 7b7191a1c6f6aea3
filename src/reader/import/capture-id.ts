import { createHash } from 'node:crypto';

/**
 * Capture ids. A capture is kept as `content/captures/<id>.txt` (`.html` for a saved page), and its id
 * is the article's permanent address (/a/<id>/), so it never changes.
 *
 * The rule for new captures: a sequence number of three or more digits, one
 * above the highest in content/captures/, an underscore, and the first 16
 * hex digits of the SHA-256 of the capture's bytes: "005_3f1c…". The number
 * orders captures by arrival; the hash ties the id to the bytes, so the same
 * capture imported twice is recognised.
 *
 * The five first ids (000–004) have the same form, but their 16 hex digits
 * are no hash of their bytes (SHA-256, SHA-1, MD5 of the bytes and of
 * their texts were tried): they came from the tool that captured them and
 * stay as they are.
 */
export { CAPTURE_ID } from '../../schema/capture-id.ts';
import { CAPTURE_ID } from '../../schema/capture-id.ts';

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The id a new capture gets among the existing ids. */
export function nextCaptureId(existing: Iterable<string>, bytes: Uint8Array): string {
  let highest = -1;
  for (const id of existing) {
    const match = CAPTURE_ID.exec(id);
    if (match) highest = Math.max(highest, Number(match[1]));
  }
  return `${String(highest + 1).padStart(3, '0')}_${sha256Hex(bytes).slice(0, 16)}`;
}

export type DecodedCapture = { ok: true; text: string } | { ok: false; error: string };

/** A capture's text, or where its bytes stop being UTF-8 (line and byte), in words an editor can act on. */
function decodes(bytes: Uint8Array, stream: boolean): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

export function decodeCapture(bytes: Uint8Array): DecodedCapture {
  if (decodes(bytes, false)) return { ok: true, text: new TextDecoder('utf-8').decode(bytes) };
  // The longest prefix that may still be UTF-8 (a character may be cut at its end) ...
  let low = 0;
  let high = bytes.length;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (decodes(bytes.subarray(0, middle), true)) low = middle;
    else high = middle - 1;
  }
  // ... and back to the start of the character that goes wrong.
  let offset = low;
  while (offset > 0 && !decodes(bytes.subarray(0, offset), false)) offset--;
  const line = bytes.subarray(0, offset).filter((byte) => byte === 0x0a).length + 1;
  const found = bytes[offset]?.toString(16).padStart(2, '0') ?? '??';
  return {
    ok: false,
    error: `not UTF-8 text: byte ${offset + 1} (line ${line}) is 0x${found}; save the capture as UTF-8 (e.g. iconv -f windows-1252 -t utf-8) and import it again`,
  };
}
