import { describe, expect, it } from 'vitest';
import { decideNavigation, decideWindowOpen, isAllowedExternalUrl, mailDraftUrl } from './navigation-policy';

describe('navigation policy', () => {
  it('lets a window move only within the app', () => {
    expect(decideNavigation('app://partner-desk/index.html#/customers')).toEqual({ allow: true, openExternally: false });
    expect(decideNavigation('app://partner-desk.evil/index.html')).toEqual({ allow: false, openExternally: false });
    expect(decideNavigation('https://example.com/')).toEqual({ allow: false, openExternally: false });
    expect(decideNavigation('file:///etc/passwd')).toEqual({ allow: false, openExternally: false });
  });

  it('hands allow-listed https pages to the system browser and never opens a new app window', () => {
    expect(decideNavigation('https://partner.microsoft.com/dashboard')).toEqual({ allow: false, openExternally: true });
    expect(decideWindowOpen('https://learn.microsoft.com/partner-center/')).toEqual({ allow: false, openExternally: true });
    expect(decideWindowOpen('app://partner-desk/index.html')).toEqual({ allow: false, openExternally: false });
  });

  it.each([
    'http://partner.microsoft.com/', // not https
    'https://partner.microsoft.com.evil.example/', // suffix trick
    'https://evilpartner.microsoft.com/', // not on the list
    'https://user:pass@partner.microsoft.com/', // credentials in the URL
    'javascript:alert(1)',
    'ms-msdt:/id PCWDiagnostic',
    'not a url',
  ])('refuses to open %s externally', (url) => {
    expect(isAllowedExternalUrl(url)).toBe(false);
  });
});

describe('mailDraftUrl', () => {
  it('encodes every part so a subject or body cannot add recipients or headers', () => {
    const url = mailDraftUrl('it@contoso.com', 'Invito & benvenuto?cc=evil@x.com', 'Riga 1\nRiga 2&bcc=evil@x.com');
    expect(url).toBe(
      'mailto:it%40contoso.com?subject=Invito%20%26%20benvenuto%3Fcc%3Devil%40x.com&body=Riga%201%0D%0ARiga%202%26bcc%3Devil%40x.com',
    );
    const parsed = new URL(url);
    expect([...parsed.searchParams.keys()]).toEqual(['subject', 'body']);
  });
});
