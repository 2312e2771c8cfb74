import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import {
  applicationMenuTemplate,
  contextMenuTemplate,
  MAX_SUGGESTIONS,
  spellCheckerLanguages,
  type ContextMenuFacts,
} from '../../../electron/services/menus';

/** Every item of a menu, submenus included. */
function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((i) => [i, ...(Array.isArray(i.submenu) ? flatten(i.submenu) : [])]);
}
const roles = (items: MenuItemConstructorOptions[]) => flatten(items).flatMap((i) => (i.role ? [i.role] : []));
const developerRoles = ['reload', 'forceReload', 'toggleDevTools'];

describe('the application menu', () => {
  for (const platform of ['darwin', 'win32', 'linux'] as const) {
    it(`has no Reload or developer tools in a packaged app (${platform})`, () => {
      const packaged = applicationMenuTemplate({ platform, isPackaged: true, appName: 'Conference Chair' });
      expect(roles(packaged).filter((r) => developerRoles.includes(r))).toEqual([]);
      const development = applicationMenuTemplate({ platform, isPackaged: false, appName: 'Conference Chair' });
      expect(roles(development)).toEqual(expect.arrayContaining(developerRoles));
    });

    it(`has File, Edit, View, Window and Help with what people expect (${platform})`, () => {
      const menu = applicationMenuTemplate({ platform, isPackaged: true, appName: 'Conference Chair' });
      const labels = menu.map((m) => m.label);
      expect(labels.slice(-5)).toEqual(['File', 'Edit', 'View', 'Window', 'Help']);
      const under = (label: string) =>
        roles(menu.find((m) => m.label === label)!.submenu as MenuItemConstructorOptions[]);
      expect(under('Edit')).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
      expect(under('View')).toEqual(['resetZoom', 'zoomIn', 'zoomOut', 'togglefullscreen']);
      expect(under('Help')).toEqual(['about']);
      expect(roles(menu)).toContain('quit');
    });
  }

  it('puts the app’s own menu first on macOS, with Quit in it', () => {
    const mac = applicationMenuTemplate({ platform: 'darwin', isPackaged: true, appName: 'Conference Chair' });
    expect(mac[0]!.label).toBe('Conference Chair');
    expect(roles([mac[0]!])).toEqual(expect.arrayContaining(['about', 'hide', 'quit']));
    const windows = applicationMenuTemplate({ platform: 'win32', isPackaged: true, appName: 'Conference Chair' });
    expect(windows[0]!.label).toBe('File');
    expect(roles([windows[0]!])).toEqual(['quit']);
  });
});

const noFlags = {
  canUndo: false,
  canRedo: false,
  canCut: false,
  canCopy: false,
  canPaste: false,
  canDelete: false,
  canSelectAll: false,
  canEditRichly: false,
};
const allFlags = { ...noFlags, canCut: true, canCopy: true, canPaste: true, canSelectAll: true };

function facts(overrides: Partial<ContextMenuFacts>): ContextMenuFacts {
  return {
    isEditable: false,
    selectionText: '',
    misspelledWord: '',
    dictionarySuggestions: [],
    editFlags: noFlags,
    ...overrides,
  };
}

describe('the right-click menu', () => {
  const actions = () => ({ replaceMisspelling: vi.fn() });

  it('offers cut, copy, paste and select all in a text box, enabled as the page says', () => {
    const menu = contextMenuTemplate(facts({ isEditable: true, editFlags: { ...noFlags, canPaste: true } }), actions());
    expect(menu.filter((i) => i.role).map((i) => [i.role, i.enabled])).toEqual([
      ['cut', false],
      ['copy', false],
      ['paste', true],
      ['selectAll', false],
    ]);
  });

  it('offers copy over selected text that cannot be edited, and nothing where there is nothing to do', () => {
    expect(roles(contextMenuTemplate(facts({ selectionText: 'Agenda', editFlags: allFlags }), actions()))).toEqual([
      'copy',
      'selectAll',
    ]);
    expect(contextMenuTemplate(facts({ selectionText: '  ' }), actions())).toEqual([]);
  });

  it('puts en-GB suggestions for a misspelt word first; choosing one replaces the word', () => {
    const a = actions();
    const menu = contextMenuTemplate(
      facts({
        isEditable: true,
        misspelledWord: 'organisaton',
        dictionarySuggestions: ['organisation', 'organisations'],
        editFlags: allFlags,
      }),
      a,
    );
    expect(menu.slice(0, 3).map((i) => i.label ?? i.type)).toEqual(['organisation', 'organisations', 'separator']);
    menu[0]!.click!({} as never, undefined, {} as never);
    expect(a.replaceMisspelling).toHaveBeenCalledWith('organisation');
    // No "Add to dictionary": the flagged words are mostly family names, which Chromium would keep in plain text.
    expect(menu.map((i) => i.label)).not.toContain('Add to dictionary');
    expect(roles(menu)).toEqual(['cut', 'copy', 'paste', 'selectAll']);
  });

  it('says so when there are no suggestions, and lists a few at most', () => {
    const none = contextMenuTemplate(facts({ isEditable: true, misspelledWord: 'Zxqv' }), actions());
    expect(none[0]).toMatchObject({ label: 'No spelling suggestions', enabled: false });
    const many = contextMenuTemplate(
      facts({
        isEditable: true,
        misspelledWord: 'teh',
        dictionarySuggestions: Array.from({ length: 20 }, (_, i) => `w${i}`),
      }),
      actions(),
    );
    expect(many.filter((i) => /^w\d+$/.test(i.label ?? ''))).toHaveLength(MAX_SUGGESTIONS);
  });
});

describe('spell-checker languages', () => {
  it('asks for en-GB where Chromium checks spelling, and leaves macOS to the system checker', () => {
    expect(spellCheckerLanguages('win32', ['en-US', 'en-GB'])).toEqual(['en-GB']);
    expect(spellCheckerLanguages('linux', ['en-GB'])).toEqual(['en-GB']);
    expect(spellCheckerLanguages('darwin', ['en-GB'])).toBeNull();
    expect(spellCheckerLanguages('linux', ['en-US'])).toBeNull();
  });
});
