import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sha256Hex } from './capture-id.ts';
import { applyImport, freeSlug, planImport, readArchiveState } from './import-capture.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'archiv-import-test-'));
  // The fixture archive (five known editions), so the test holds whatever content/ holds.
  cpSync('tests/fixtures/archive', dir, { recursive: true });
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const FIXTURE = readFileSync('tests/fixtures/import/nordkorea-soldaten.txt');
const PARAGRAPH =
  'Die Regierung in Tokio beobachtet die Lage an der Grenze seit Wochen mit wachsender Sorge, sagte ein Sprecher.';
const PARAGRAPH_2 =
  'Ein zweiter Absatz erzählt, wie die Gespräche in der Hauptstadt weitergehen sollen, und nennt keine Zahlen.';

describe('importing a capture', () => {
  it('keeps the capture byte for byte under the next id and writes a draft under the title slug', () => {
    const state = readArchiveState(dir);
    const plan = planImport(FIXTURE, state);
    expect(plan.ok).toBe(true);
    if (!plan.ok) return;
    applyImport(FIXTURE, plan, state);
    expect(plan.captureId).toBe(`005_${sha256Hex(FIXTURE).slice(0, 16)}`);
    expect(readFileSync(join(dir, 'captures', `${plan.captureId}.txt`))).toEqual(Buffer.from(FIXTURE));
    expect(plan.slug).toBe('kim-schickt-tausende-soldaten-an-die-front');
    expect(readFileSync(join(dir, 'articles', `${plan.slug}.md`), 'utf8')).toBe(plan.draft.text);
  });

  it('refuses the same capture again, naming its id, and writes nothing', () => {
    const state = readArchiveState(dir);
    const before = readdirSync(join(dir, 'articles'));
    const plan = planImport(readFileSync('tests/fixtures/archive/captures/003_8186d7623cbe01d7.txt'), state);
    expect(plan).toMatchObject({ ok: false, reason: 'same-capture', captureId: '003_8186d7623cbe01d7' });
    expect(readdirSync(join(dir, 'articles'))).toEqual(before);
  });

  it('refuses a near-copy of an archived story, naming the edition', () => {
    const capture = readFileSync('tests/fixtures/archive/captures/003_8186d7623cbe01d7.txt', 'utf8').replace(
      'Stand: 19.06.2024 14:27 Uhr',
      'Stand: 19.06.2024 18:05 Uhr',
    );
    const plan = planImport(new TextEncoder().encode(capture), readArchiveState(dir));
    expect(plan).toMatchObject({
      ok: false,
      reason: 'near-copy',
      nearCopy: { slug: 'putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen', capture: '003_8186d7623cbe01d7' },
    });
    expect(!plan.ok && plan.message).toContain('putin-in-nordkorea-zwei-innige-freunde-ruecken-zusammen');
  });

  it('refuses a capture that is not UTF-8', () => {
    const plan = planImport(Uint8Array.from([0x54, 0x69, 0x74, 0x65, 0x6c, 0x0a, 0xe4]), readArchiveState(dir));
    expect(plan).toMatchObject({ ok: false, reason: 'not-utf8' });
  });

  it('never replaces a file: an existing draft file stops the import and takes the capture back', () => {
    const state = readArchiveState(dir);
    const plan = planImport(FIXTURE, state);
    if (!plan.ok) throw new Error(plan.message);
    writeFileSync(plan.draftFile, 'written meanwhile');
    expect(() => applyImport(FIXTURE, plan, state)).toThrow(/EEXIST/);
    expect(readFileSync(plan.draftFile, 'utf8')).toBe('written meanwhile');
    expect(existsSync(plan.captureFile)).toBe(false);
  });

  it("takes an archived article's headline in a link block for a link, and the headline of one imported earlier in the run", () => {
    // The block's last line stands right above the next paragraph: only being an archived headline makes it a link.
    const withLink = (headline: string) =>
      new TextEncoder().encode(
        readFileSync('tests/fixtures/import/nordkorea-soldaten.txt', 'utf8').replace(
          'Was der Krieg für Nordkoreas Wirtschaft bedeutet\n\n',
          `${headline}\n`,
        ),
      );
    const state = readArchiveState(dir);
    const archived = planImport(withLink('Russland will Sanktionen gegen Nordkorea lockern'), state);
    if (!archived.ok) throw new Error(archived.message);
    expect(archived.draft.edition.body).not.toContain('Russland will Sanktionen gegen Nordkorea lockern');
    const unknown = planImport(withLink('Kim schickt Tausende Soldaten an die Front'), state);
    if (!unknown.ok) throw new Error(unknown.message);
    expect(unknown.draft.edition.body).toContain('## Kim schickt Tausende Soldaten an die Front');
    // Once that capture is imported, its headline is an archived one too.
    const first = planImport(FIXTURE, state);
    if (!first.ok) throw new Error(first.message);
    applyImport(FIXTURE, first, state);
    const other = new TextEncoder().encode(
      `Eine andere Meldung\n\n${PARAGRAPH}\n\nMehr zum Thema\nKim schickt Tausende Soldaten an die Front\n${PARAGRAPH_2}`,
    );
    const later = planImport(other, state);
    if (!later.ok) throw new Error(later.message);
    expect(later.draft.edition.body).not.toContain('Kim schickt Tausende Soldaten an die Front');
  });

  it('gives two captures of one run distinct ids and slugs', () => {
    const state = readArchiveState(dir);
    const first = planImport(FIXTURE, state);
    if (!first.ok) throw new Error(first.message);
    applyImport(FIXTURE, first, state);
    const other = new TextEncoder().encode(
      readFileSync('tests/fixtures/import/nordkorea-soldaten.txt', 'utf8').replace(
        /Nach Erkenntnissen[\s\S]*$/,
        'Ein ganz anderer Text über etwas anderes, mit genug Wörtern, um ein Absatz zu sein.\nEin zweiter Absatz erzählt eine andere Geschichte aus einer anderen Stadt.\nEin dritter Absatz schließt diese andere Geschichte mit einem Satz ab.',
      ),
    );
    const second = planImport(other, state);
    expect(second).toMatchObject({
      ok: true,
      captureId: expect.stringMatching(/^006_/),
      slug: 'kim-schickt-tausende-soldaten-an-die-front-2',
    });
  });
});

describe('freeSlug', () => {
  it('follows the README rule and adds -2, -3 for a slug in use', () => {
    expect(freeSlug('Putin und Kim stärken Allianz bei historischem Besuch', new Set())).toBe(
      'putin-und-kim-staerken-allianz-bei-historischem-besuch',
    );
    expect(freeSlug('Zwei „innige Freunde“ rücken zusammen', new Set(['zwei-innige-freunde-ruecken-zusammen']))).toBe(
      'zwei-innige-freunde-ruecken-zusammen-2',
    );
    expect(freeSlug('Straße', new Set(['strasse', 'strasse-2']))).toBe('strasse-3');
  });

  it('cuts a long title after its last whole word within 80 characters', () => {
    const sentence =
      'Russische Bauarbeiter sollen in der nordkoreanischen Sonderwirtschaftszone Rason eine neue Brücke über den Fluss Tumen errichten, berichten Medien';
    const slug = freeSlug(sentence, new Set());
    expect(slug).toBe('russische-bauarbeiter-sollen-in-der-nordkoreanischen-sonderwirtschaftszone-rason');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(freeSlug(sentence, new Set([slug]))).toBe(`${slug}-2`);
    // Exactly 80 stays whole; one word longer than 80 is cut inside it.
    expect(freeSlug('a'.repeat(80), new Set())).toBe('a'.repeat(80));
    expect(freeSlug('b'.repeat(90), new Set())).toBe('b'.repeat(80));
    // A hyphen right after the 80th character: the 80 characters before it, a whole word.
    expect(freeSlug(`${'x'.repeat(80)} y`, new Set())).toBe('x'.repeat(80));
    expect(freeSlug(`${'x'.repeat(78)} y`, new Set())).toBe(`${'x'.repeat(78)}-y`);
    expect(freeSlug(`${'x'.repeat(79)} y`, new Set())).toBe('x'.repeat(79));
  });
});
