import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importsOf, placeOf, ROOT } from '../support/code-layout.ts';

/**
 * The path of a content file as docs/architecture.md lists it: each line's
 * module is imported by its parent line's (the nearest line above with less
 * indentation) and sits in the same layer or a lower one, so the path from
 * a file to its page only descends.
 */
interface Step {
  depth: number;
  module: string;
  line: number;
}

export function stepsOf(markdown: string): Step[] {
  const section = markdown.split(/^## The path of a content file$/m)[1]?.split(/^## /m)[0] ?? '';
  const block = /```text\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return block.split('\n').flatMap((text, index) => {
    const match = /^( *)(src\/\S+)/.exec(text);
    return match ? [{ depth: match[1]!.length, module: match[2]!, line: index + 1 }] : [];
  });
}

/** What is wrong with a listed path: a module that does not exist, is not imported by its parent, or climbs. */
export function pathProblems(steps: readonly Step[], imports: (file: string) => string[] = importsOf): string[] {
  const problems: string[] = [];
  const parents: Step[] = [];
  for (const step of steps) {
    while (parents.length > 0 && parents.at(-1)!.depth >= step.depth) parents.pop();
    const parent = parents.at(-1);
    if (!existsSync(join(ROOT, step.module))) problems.push(`${step.module}: no such file`);
    else if (parent) {
      if (!imports(parent.module).includes(step.module))
        problems.push(`${parent.module} does not import ${step.module}`);
      const [from, to] = [placeOf(parent.module)?.layer, placeOf(step.module)?.layer];
      if (from === undefined || to === undefined || to > from)
        problems.push(`${parent.module} -> ${step.module} climbs a layer`);
    }
    parents.push(step);
  }
  return problems;
}

describe('the path of a content file in docs/architecture.md', () => {
  const steps = stepsOf(readFileSync(join(ROOT, 'docs/architecture.md'), 'utf8'));

  it('is listed, from the collections to the pages', () => {
    expect(steps.map((step) => step.module)).toEqual(
      expect.arrayContaining([
        'src/content.config.ts',
        'src/reader/content-loaders.ts',
        'src/pages/artikel/[slug].astro',
        'src/layouts/ArticleLayout.astro',
      ]),
    );
  });

  it('only descends: each module is imported by the one above it, from the same layer or a higher one', () => {
    expect(pathProblems(steps)).toEqual([]);
  });

  it('would notice a step that climbs or that its parent does not import (the check itself)', () => {
    const climb = stepsOf(
      '## The path of a content file\n```text\nsrc/reader/content-loaders.ts\n  src/archive/load-archive.ts\n```\n',
    );
    expect(pathProblems(climb, () => ['src/archive/load-archive.ts'])).toEqual([
      'src/reader/content-loaders.ts -> src/archive/load-archive.ts climbs a layer',
    ]);
    expect(pathProblems(climb, () => [])).toContain(
      'src/reader/content-loaders.ts does not import src/archive/load-archive.ts',
    );
  });
});
