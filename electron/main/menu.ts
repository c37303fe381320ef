// The application menu: standard roles plus "New window", since staff keep customers and
// invitations side by side. Every window comes from the one factory.
import { Menu, type MenuItemConstructorOptions } from 'electron';

export function installApplicationMenu(openWindow: () => void, platform: NodeJS.Platform): void {
  const template: MenuItemConstructorOptions[] = [
    ...(platform === 'darwin' ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { id: 'new-window', label: 'New &Window', accelerator: 'CmdOrCtrl+Shift+N', click: () => openWindow() },
        { type: 'separator' },
        platform === 'darwin' ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
