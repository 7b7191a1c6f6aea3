import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { numberDisagreements } from '../support/german-numbers.ts';
import { astroBuild, checkContent, temporarySite, vitestInSite } from '../support/temporary-site.ts';

/**
 * The archive grows without touching a test. A copy of the project (code,
 * tests, the real content) gets one more article, as an editor adds it: a
 * new capture of a news page (written here; the story is invented) with page
 * furniture of many kinds, and its edition, the furniture listed as removed
 * line by line. Then the content check, the build and the project's own unit
 * tests over content/, run unchanged in the copy, pass and check the new article too; and
 * an edition that drops a sentence or lists a line the capture does not
 * have makes them fail, naming file and line.
 */
const CAPTURE_ID = '902_554c210891999778';
const SLUG = 'russland-und-nordkorea-wollen-mehr-reisende-austauschen';
const ARTICLE = `content/articles/${SLUG}.md`;

/** The unit tests over content/: the schema of every article, the content check, the editions against their captures. */
const CONTENT_TESTS = ['src/schema/article.test.ts', 'tests/unit/content-check.test.ts', 'tests/unit/editions.test.ts'];

const CAPTURE = `Startseite > Politik > Ausland
Tourismus Russland und Nordkorea wollen mehr Reisende austauschen Stand: 14.09.2024 08:41 Uhr
Teilen: Facebook X WhatsApp E-Mail

Russland und Nordkorea wollen den Reiseverkehr zwischen beiden Ländern ausbauen. Ein neues Abkommen soll Gruppenreisen erleichtern.

Anzeige

Wie die Deutsche Presse-Agentur berichtete, unterzeichneten Vertreter beider Regierungen das Abkommen in Wladiwostok. Es sieht vor, dass Reisegruppen künftig mit vereinfachten Visa einreisen können.

Im Video: Touristen in Pjöngjang (2:14 Min.)

Erste Gruppen schon im Herbst

Nach Angaben des russischen Tourismusverbands sollen die ersten Gruppen noch im Herbst nach Pjöngjang reisen. Geplant seien Besichtigungen der Hauptstadt und Ausflüge an die Ostküste.

"Wir rechnen mit einigen Tausend Reisenden im ersten Jahr", sagte ein Sprecher des Verbands.

Anzeige

Westliche Reiseveranstalter bieten seit Jahren kaum Reisen nach Nordkorea an. Das Land hatte seine Grenzen während der Pandemie fast vollständig geschlossen.

Mehr zum Thema
Kim Jong Un empfängt russische Delegation
Neue Zugverbindung Moskau–Pjöngjang

Über die Autorin: Erika Muster schreibt seit 2010 über Osteuropa.
Zurück zum Anfang
`;

const EDITION = `---
title:
  kicker: "Tourismus"
  text: "Russland und Nordkorea wollen mehr Reisende austauschen"
  editorial: false
teaser:
  text: "Russland und Nordkorea wollen den Reiseverkehr zwischen beiden Ländern ausbauen. Ein neues Abkommen soll Gruppenreisen erleichtern."
  editorial: false
date:
  kind: updated
  basis: printed
  value: "2024-09-14T08:41+02:00"
  note: "Gedruckt als „Stand: 14.09.2024 08:41 Uhr“."
source:
  publication: n-tv
  cited:
    - source: dpa
      mention: "Wie die Deutsche Presse-Agentur berichtete"
translation: false
provenance:
  capture: "${CAPTURE_ID}"
  removed:
    - description: "Navigationspfad „Startseite > Politik > Ausland“"
      lines: ["Startseite > Politik > Ausland"]
    - description: "Datumszeile „Stand: …“ hinter der Überschrift (als Datum übernommen)"
      lines: ["Stand: 14.09.2024 08:41 Uhr"]
    - description: "Teilen-Leiste"
      lines: ["Teilen: Facebook X WhatsApp E-Mail"]
    - description: "zwei Werbekennzeichnungen „Anzeige“"
      lines: ["Anzeige", "Anzeige"]
    - description: "Videohinweis mit Laufzeit"
      lines: ["Im Video: Touristen in Pjöngjang (2:14 Min.)"]
    - description: "Linkliste „Mehr zum Thema“ mit zwei Artikeln"
      lines: ["Mehr zum Thema", "Kim Jong Un empfängt russische Delegation", "Neue Zugverbindung Moskau–Pjöngjang"]
    - description: "Autorenkasten der Website"
      lines: ["Über die Autorin: Erika Muster schreibt seit 2010 über Osteuropa."]
    - description: "Schaltfläche „Zurück zum Anfang“"
      lines: ["Zurück zum Anfang"]
tags: [russland, nordkorea, pjoengjang]
---

Wie die Deutsche Presse-Agentur berichtete, unterzeichneten Vertreter beider Regierungen das Abkommen in Wladiwostok. Es sieht vor, dass Reisegruppen künftig mit vereinfachten Visa einreisen können.

## Erste Gruppen schon im Herbst

Nach Angaben des russischen Tourismusverbands sollen die ersten Gruppen noch im Herbst nach Pjöngjang reisen. Geplant seien Besichtigungen der Hauptstadt und Ausflüge an die Ostküste.

"Wir rechnen mit einigen Tausend Reisenden im ersten Jahr", sagte ein Sprecher des Verbands.

Westliche Reiseveranstalter bieten seit Jahren kaum Reisen nach Nordkorea an. Das Land hatte seine Grenzen während der Pandemie fast vollständig geschlossen.
`;

/** Every file under a folder, as paths relative to it. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();
}

interface VitestReport {
  success: boolean;
  numPassedTests: number;
  testResults: { name: string; assertionResults: { fullName: string; status: string }[] }[];
}

let site: ReturnType<typeof temporarySite>;
const realArticles = readdirSync('content/articles').filter((name) => name.endsWith('.md')).length;

beforeAll(() => {
  site = temporarySite({ tests: true });
  writeFileSync(join(site.root, 'content/captures', `${CAPTURE_ID}.txt`), CAPTURE);
  writeFileSync(join(site.root, ARTICLE), EDITION);
});
afterAll(() => site?.remove());

/** Unit tests in the copy, with Vitest's JSON report. */
async function unitTests(files: string[]): Promise<{ code: number | null; output: string; report: VitestReport }> {
  const reportFile = join(site.root, 'vitest-report.json');
  const { code, output } = await vitestInSite(site.root, [
    '--project',
    'unit',
    '--reporter=json',
    `--outputFile=${reportFile}`,
    ...files,
  ]);
  return { code, output, report: JSON.parse(readFileSync(reportFile, 'utf8')) as VitestReport };
}

describe('one more article, added as an editor adds it', () => {
  it('passes the content check, counted with the others', async () => {
    const { code, output } = await checkContent(site.root);
    expect(code, output).toBe(0);
    // A draft in content/ may add warnings of its open fields; errors there are none.
    expect(output).toContain(`content: ${realArticles + 1} articles read, 0 errors,`);
  });

  it('builds, and its page tells readers what was removed', async () => {
    const { code, output } = await astroBuild(site.root);
    expect(code, output).toBe(0);
    const page = readFileSync(join(site.root, 'dist/artikel', SLUG, 'index.html'), 'utf8');
    expect(page).toContain('Russland und Nordkorea wollen mehr Reisende austauschen');
    expect(page).toContain('zwei Werbekennzeichnungen „Anzeige“');
    expect(page).toContain('Linkliste „Mehr zum Thema“ mit zwei Artikeln');
    // Its publication has this one article (the real archive names none): every count on every page agrees with its words.
    expect(numberDisagreements(join(site.root, 'dist'))).toEqual([]);
    expect(readFileSync(join(site.root, 'dist/quellen/index.html'), 'utf8')).toMatch(
      />n-tv<\/a> <span class="count">1 Artikel<\/span>/,
    );
  });

  it('passes the unit tests over content/, which check it as they check every article, and no test or code was edited', async () => {
    const { code, output, report } = await unitTests(CONTENT_TESTS);
    expect(report.testResults.map((file) => relative(site.root, file.name)).sort()).toEqual([...CONTENT_TESTS].sort());
    const failed = report.testResults.flatMap((file) =>
      file.assertionResults
        .filter((test) => test.status !== 'passed' && test.status !== 'skipped')
        .map((test) => test.fullName),
    );
    expect(failed, output.slice(-3000)).toEqual([]);
    expect(code).toBe(0);
    // The new article was among those checked: the editions test and the schema test name it.
    const passed = report.testResults.flatMap((file) =>
      file.assertionResults.filter((test) => test.status === 'passed').map((test) => test.fullName),
    );
    const aboutIt = passed.filter((name) => name.includes(`${SLUG}.md`));
    expect(aboutIt.filter((name) => name.startsWith(`the editions ${ARTICLE} `))).toEqual([
      `the editions ${ARTICLE} is faithful to its capture`,
    ]);
    expect(aboutIt.some((name) => name.includes('passes the schema'))).toBe(true);
    // Only content/ differs from the project: its tests and code are the project's own.
    for (const dir of ['tests', 'src', 'scripts']) {
      const files = filesUnder(dir);
      expect(filesUnder(join(site.root, dir)), dir).toEqual(files);
      for (const file of files)
        expect(readFileSync(join(site.root, dir, file)).equals(readFileSync(join(dir, file))), `${dir}/${file}`).toBe(
          true,
        );
    }
  });

  it('fails the editions test, naming file and line, when it drops a sentence or lists a line its capture lacks', async () => {
    const file = join(site.root, ARTICLE);
    writeFileSync(
      file,
      EDITION.replace('lines: ["Zurück zum Anfang"]', 'lines: ["Nach oben"]').replace(
        /\nWestliche Reiseveranstalter.*\n/,
        '\n',
      ),
    );
    try {
      const { code, output } = await vitestInSite(site.root, ['--project', 'unit', 'tests/unit/editions.test.ts']);
      expect(code).not.toBe(0);
      // Vitest's diff may escape the quotes around the line: matched without them.
      expect(output).toMatch(
        new RegExp(
          `${ARTICLE}: provenance\\.removed\\.7\\.lines\\.0: .*Nach oben.* is not a line of content/captures/${CAPTURE_ID}\\.txt`,
        ),
      );
      expect(output).toMatch(
        new RegExp(
          `${ARTICLE}: \\(body\\): not in the edition and not listed in provenance\\.removed: .*Westliche Reiseveranstalter bieten seit Jahren kaum Reisen nach Nordkorea an\\.`,
        ),
      );
      // The content check, and so every build, says the same.
      const check = await checkContent(site.root);
      expect(check.code).not.toBe(0);
      expect(check.output).toContain(
        `${ARTICLE}: (body): not in the edition and not listed in provenance.removed: "Westliche Reiseveranstalter bieten seit Jahren kaum Reisen nach Nordkorea an."`,
      );
    } finally {
      writeFileSync(file, EDITION);
    }
  });
});
