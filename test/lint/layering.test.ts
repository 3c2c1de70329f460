// @vitest-environment node
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The folder rules of STYLE.md ("which folder may import which") are enforced by ESLint;
// these cases prove the rules fire, so the layout stays true as the code grows.
const eslint = new ESLint({ cwd: new URL('../..', import.meta.url).pathname });

async function restrictedImports(filePath: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === 'no-restricted-imports');
}

describe('import layering', { timeout: 60_000 }, () => {
  it.each([
    ['src/security/example.ts', "import { useState } from 'react';\nexport const x = useState;\n"],
    ['src/model/example.ts', "import { styled } from 'styled-components';\nexport const x = styled;\n"],
    ['src/portal/Example/Example.ts', "import { x } from '../../admin/index.js';\nexport const y = x;\n"],
    ['src/adapters/example.ts', "import { x } from '../portal/index.js';\nexport const y = x;\n"],
    ['src/portal/Example/Example.ts', "import { Link } from 'react-router';\nexport const y = Link;\n"],
    ['src/index.ts', "import { x } from '../demo/app.js';\nexport const y = x;\n"],
  ])('refuses the import in %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toHaveLength(1);
  });

  it.each([
    ['src/portal/Example/Example.ts', "import { x } from '../../security/index.js';\nexport const y = x;\n"],
    ['src/admin/example.ts', "import { x } from '../portal/index.js';\nexport const y = x;\n"],
    ['src/security/example.ts', "import postcss from 'postcss';\nexport const y = postcss;\n"],
  ])('allows the import in %s', async (filePath, code) => {
    expect(await restrictedImports(filePath, code)).toEqual([]);
  });
});
