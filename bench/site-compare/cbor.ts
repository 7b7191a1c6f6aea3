/**
 * A minimal CBOR (RFC 8949) reader for Pagefind's index files: unsigned and
 * negative integers, byte and text strings, arrays, maps, tags (skipped),
 * simple values and floats. Definite lengths only: minicbor, which writes
 * Pagefind's files, never writes indefinite ones.
 */
export type CborValue =
  number | bigint | string | Uint8Array | boolean | null | undefined | CborValue[] | Map<CborValue, CborValue>;

export function decodeCbor(bytes: Uint8Array): CborValue {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const text = new TextDecoder();
  let at = 0;

  const argument = (info: number): number | bigint => {
    if (info < 24) return info;
    const start = at;
    if (info === 24) return ((at += 1), view.getUint8(start));
    if (info === 25) return ((at += 2), view.getUint16(start));
    if (info === 26) return ((at += 4), view.getUint32(start));
    if (info === 27) {
      at += 8;
      const big = view.getBigUint64(start);
      return big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big;
    }
    throw new Error(`CBOR: indefinite or reserved length (${info}) at byte ${start - 1}`);
  };
  const length = (info: number): number => {
    const value = argument(info);
    if (typeof value === 'bigint') throw new Error(`CBOR: length ${value} too large`);
    return value;
  };

  const item = (): CborValue => {
    if (at >= bytes.length) throw new Error('CBOR: unexpected end of data');
    const initial = bytes[at++]!;
    const major = initial >> 5;
    const info = initial & 31;
    switch (major) {
      case 0:
        return argument(info);
      case 1: {
        const value = argument(info);
        return typeof value === 'bigint' ? -1n - value : -1 - value;
      }
      case 2: {
        const n = length(info);
        const value = bytes.slice(at, at + n);
        at += n;
        return value;
      }
      case 3: {
        const n = length(info);
        const value = text.decode(bytes.subarray(at, at + n));
        at += n;
        return value;
      }
      case 4: {
        const n = length(info);
        const list: CborValue[] = [];
        for (let k = 0; k < n; k++) list.push(item());
        return list;
      }
      case 5: {
        const n = length(info);
        const map = new Map<CborValue, CborValue>();
        for (let k = 0; k < n; k++) {
          const key = item();
          map.set(key, item());
        }
        return map;
      }
      case 6:
        argument(info);
        return item();
      default: {
        if (info === 20) return false;
        if (info === 21) return true;
        if (info === 22) return null;
        if (info === 23) return undefined;
        if (info === 25) {
          at += 2;
          return view.getFloat16(at - 2);
        }
        if (info === 26) {
          at += 4;
          return view.getFloat32(at - 4);
        }
        if (info === 27) {
          at += 8;
          return view.getFloat64(at - 8);
        }
        if (info < 24) return info;
        throw new Error(`CBOR: unsupported simple value ${info} at byte ${at - 1}`);
      }
    }
  };

  const value = item();
  if (at !== bytes.length) throw new Error(`CBOR: ${bytes.length - at} bytes left after the value`);
  return value;
}
