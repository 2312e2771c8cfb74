import type { ContextMenuParams, MenuItemConstructorOptions } from 'electron';

/**
 * The menus as plain templates, built from facts so they are unit-tested without Electron (only Electron's types
 * are imported here). main/menus.ts turns them into real menus.
 */

export type ApplicationMenuFacts = {
  platform: NodeJS.Platform;
  /** A packaged app has no Reload and no developer tools: a reload mid-meeting could lose typing. */
  isPackaged: boolean;
  appName: string;
};

const separator: MenuItemConstructorOptions = { type: 'separator' };

export function applicationMenuTemplate(facts: ApplicationMenuFacts): MenuItemConstructorOptions[] {
  const mac = facts.platform === 'darwin';
  const about: MenuItemConstructorOptions = { role: 'about', label: `About ${facts.appName}` };
  const menus: MenuItemConstructorOptions[] = [];
  if (mac) {
    // macOS puts the app's own menu first, named after the app, and Quit lives there.
    menus.push({
      label: facts.appName,
      submenu: [
        about,
        separator,
        { role: 'services' },
        separator,
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        separator,
        { role: 'quit' },
      ],
    });
  }
  menus.push({ label: 'File', submenu: [mac ? { role: 'close' } : { role: 'quit', label: 'Quit' }] });
  menus.push({
    label: 'Edit',
    submenu: [
      { role: 'undo' },
      { role: 'redo' },
      separator,
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      separator,
      { role: 'selectAll' },
    ],
  });
  const developer: MenuItemConstructorOptions[] = facts.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, separator];
  menus.push({
    label: 'View',
    submenu: [
      ...developer,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      separator,
      { role: 'togglefullscreen' },
    ],
  });
  menus.push({
    label: 'Window',
    submenu: mac
      ? [{ role: 'minimize' }, { role: 'zoom' }, separator, { role: 'front' }]
      : [{ role: 'minimize' }, { role: 'close' }],
  });
  menus.push({ label: 'Help', role: 'help', submenu: [about] });
  return menus;
}

/** The parts of Electron's context-menu parameters the right-click menu is built from. */
export type ContextMenuFacts = Pick<
  ContextMenuParams,
  'isEditable' | 'selectionText' | 'misspelledWord' | 'dictionarySuggestions' | 'editFlags'
>;

/**
 * Only replacing a word. There is no "Add to dictionary": the words the checker flags are mostly family names, and
 * Chromium keeps added words in a plain-text file outside the encrypted data folder.
 */
export type SpellingActions = {
  replaceMisspelling(word: string): void;
};

/** Enough suggestions to find the right word without the menu running off the screen. */
export const MAX_SUGGESTIONS = 6;

/**
 * The right-click menu: spelling suggestions first when the word under the pointer is misspelt (en-GB), then cut,
 * copy, paste and select all in a text box, or copy and select all over other text. Nothing at all when there is
 * nothing to do, so no empty menu appears.
 */
export function contextMenuTemplate(params: ContextMenuFacts, actions: SpellingActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = [];
  const word = params.misspelledWord;
  if (params.isEditable && word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS);
    for (const suggestion of suggestions) {
      items.push({ label: suggestion, click: () => actions.replaceMisspelling(suggestion) });
    }
    if (suggestions.length === 0) items.push({ label: 'No spelling suggestions', enabled: false });
    items.push(separator);
  }
  const flags = params.editFlags;
  if (params.isEditable) {
    items.push(
      { role: 'cut', enabled: flags.canCut },
      { role: 'copy', enabled: flags.canCopy },
      { role: 'paste', enabled: flags.canPaste },
      separator,
      { role: 'selectAll', enabled: flags.canSelectAll },
    );
  } else if (params.selectionText.trim() !== '') {
    items.push({ role: 'copy', enabled: flags.canCopy }, separator, { role: 'selectAll' });
  }
  return items;
}

/**
 * Spell-checker languages to ask Chromium for. macOS uses the system's own checker and its languages (Electron
 * ignores the list there), so nothing is set on macOS.
 */
export function spellCheckerLanguages(platform: NodeJS.Platform, available: readonly string[]): string[] | null {
  if (platform === 'darwin') return null;
  return available.includes('en-GB') ? ['en-GB'] : null;
}
