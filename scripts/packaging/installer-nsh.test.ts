import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from './builder-config';

// electron-builder downloads its own NSIS; Debian's (apt-get install nsis) compiles the include
// the same way where it is installed. Without it this is reported as skipped, not passed.
const makensis = spawnSync('makensis', ['-VERSION']).status === 0;

/** The include placed as electron-builder's installer.nsi places it: before MUI, its macros after the languages. */
const harness = (uninstaller: boolean) => `Unicode true
${uninstaller ? '!define BUILD_UNINSTALLER' : ''}
!include "${join(projectRoot, 'build', 'installer.nsh')}"
!include "MUI2.nsh"
!include "LogicLib.nsh"
OutFile "out.exe"
RequestExecutionLevel user
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"
!insertmacro customHeader
Section "Install"
  ${uninstaller ? 'WriteUninstaller "$INSTDIR\\u.exe"' : ''}
SectionEnd
${uninstaller ? 'Section "un.Uninstall"\n  !insertmacro customUnInstall\nSectionEnd' : ''}
`;

describe.skipIf(!makensis)('build/installer.nsh', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lianxin-nsis-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it.each([false, true])('compiles with warnings as errors (uninstaller: %s), as electron-builder requires', async (uninstaller) => {
    await writeFile(join(dir, 'h.nsi'), harness(uninstaller));
    const result = spawnSync('makensis', ['-WX', '-V2', 'h.nsi'], { cwd: dir, encoding: 'utf8' });
    expect(result.stdout + result.stderr).not.toMatch(/error/i);
    expect(result.status).toBe(0);
  });
});
