import { app, Menu, session, type WebContents } from 'electron';
import { applicationMenuTemplate, contextMenuTemplate, spellCheckerLanguages } from '../services/menus';

/** The application menu (templates in ../services/menus.ts, tested there). */
export function installApplicationMenu(): void {
  const template = applicationMenuTemplate({
    platform: process.platform,
    isPackaged: app.isPackaged,
    appName: app.name,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}

/** UK procedures, UK spelling: en-GB where Chromium's checker is used (macOS uses the system's own checker). */
export function useBritishSpelling(): void {
  const languages = spellCheckerLanguages(process.platform, session.defaultSession.availableSpellCheckerLanguages);
  if (languages) session.defaultSession.setSpellCheckerLanguages(languages);
}

/** The right-click menu for one window's page: cut, copy, paste, select all and spelling suggestions. */
export function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const template = contextMenuTemplate(params, {
      replaceMisspelling: (word) => contents.replaceMisspelling(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup();
  });
}
