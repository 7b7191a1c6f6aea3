import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A test article of its own, beside the fixture archive: its file name, its text and its capture's id and text. */
export interface TestArticle {
  file: string;
  text: string;
  capture: string;
  captureText: string;
}

/**
 * A test article dated `date` (YYYY-MM-DD), tagged "sanktionen", with the
 * capture the content check holds its edition to (headline, lead, body).
 */
export function testArticle({
  file,
  title,
  date,
  capture,
  body,
}: {
  file: string;
  title: string;
  date: string;
  capture: string;
  body: string;
}): TestArticle {
  const text = `---
title: { text: "${title}", editorial: false }
teaser: { text: "Eine Testmeldung.", editorial: false }
date: { kind: published, basis: printed, value: "${date}" }
source: { publication: unstated }
translation: false
provenance: { capture: "${capture}" }
tags: [sanktionen]
---

${body}
`;
  return { file, text, capture, captureText: `${title}\nEine Testmeldung.\n\n${body}\n` };
}

/** Writes a test article and its capture into the content of the site at `root`. */
export function writeTestArticle(root: string, article: TestArticle): void {
  writeFileSync(join(root, 'content/articles', article.file), article.text);
  writeFileSync(join(root, 'content/captures', `${article.capture}.txt`), article.captureText);
}
