// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// A block type lives in one folder: `block.ts` stays as plain as the model (servers read it),
// `<Block>.tsx` draws the block with its portal component, and admin/ stays out of both.
const eslint = new ESLint({ cwd: new URL('../../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports');
}

describe('block folder layering', () => {
  it.each([
    ['src/blocks/Example/block.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/blocks/Example/block.ts', "import { HeroUnit } from '../../portal/HeroUnit/index.js';\nexport const x = HeroUnit;\n"],
    ['src/blocks/registry.ts', "import { x } from '../theme/index.js';\nexport const y = x;\n"],
    ['src/blocks/Example/Example.tsx', "import { x } from '../../admin/index.js';\nexport const y = x;\n"],
  ])('refuses the import in %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toHaveLength(1);
  });

  it('lets a block’s render file draw the block with its portal component', async () => {
    expect(await restrictedImports('src/blocks/Example/Example.tsx', "import { HeroUnit } from '../../portal/HeroUnit/index.js';\nexport const y = HeroUnit;\n")).toEqual([]);
  });
});
