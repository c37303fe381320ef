import { describe, expect, it } from 'vitest';
import { clouds } from '../../../shared/clouds';
import { defaultSettings } from '../../../shared/config/settings';
import { resolveConfig } from './config-layers';

const office = (text: string | null) => ({ file: '/etc/partner-desk/office.json', text });
const user = (text: string | null) => ({ file: '/home/rep/.config/Partner Desk/settings.json', text });

describe('resolveConfig', () => {
  it('uses the defaults when no file exists, and reports nothing', () => {
    const snapshot = resolveConfig({ office: office(null), user: user(null) });
    expect(snapshot.settings).toEqual(defaultSettings);
    expect(snapshot.problems).toEqual([]);
    expect(snapshot.origins.cloud).toBe('default');
  });

  it('layers office over defaults and user over office', () => {
    const snapshot = resolveConfig({
      office: office(JSON.stringify({ values: { locale: 'en', updateUrl: 'https://updates.contoso.example/desk/' } })),
      user: user(JSON.stringify({ locale: 'it' })),
    });
    expect(snapshot.settings.locale).toBe('it');
    expect(snapshot.origins.locale).toBe('user');
    expect(snapshot.settings.updateUrl).toBe('https://updates.contoso.example/desk');
    expect(snapshot.origins.updateUrl).toBe('office');
  });

  it('keeps locked keys as the office set them, whatever the user file says', () => {
    const snapshot = resolveConfig({
      office: office(JSON.stringify({ values: { locale: 'en' }, locked: ['locale', 'cloud'] })),
      user: user(JSON.stringify({ locale: 'it', cloud: 'china' })),
    });
    expect(snapshot.settings.locale).toBe('en');
    expect(snapshot.settings.cloud).toBe('global');
    expect(snapshot.locked.sort()).toEqual(['cloud', 'locale']);
  });

  it('derives endpoint defaults from the chosen cloud', () => {
    const snapshot = resolveConfig({ office: office(JSON.stringify({ values: { cloud: 'china' } })) });
    expect(snapshot.settings.partnerCenterBaseUrl).toBe(clouds.china.endpoints.partnerCenterBaseUrl);
    expect(snapshot.settings.signInAuthority).toBe('https://login.chinacloudapi.cn');
  });

  it('reports a malformed office file with its path and runs on the other layers', () => {
    const snapshot = resolveConfig({ office: office('{ "values": { "cloud": '), user: user(JSON.stringify({ locale: 'it' })) });
    expect(snapshot.problems).toEqual([{ source: 'office', file: '/etc/partner-desk/office.json', fault: expect.stringContaining('not valid JSON') }]);
    expect(snapshot.settings).toEqual({ ...defaultSettings, locale: 'it' });
  });

  it('reports an office file with invalid values or unknown keys and ignores all of it', () => {
    const invalid = resolveConfig({ office: office(JSON.stringify({ values: { cloud: 'mars', locale: 'it' } })) });
    expect(invalid.problems[0]).toMatchObject({ source: 'office', fault: expect.stringContaining('values.cloud') });
    expect(invalid.settings.locale).toBe('system');

    const typo = resolveConfig({ office: office(JSON.stringify({ values: { partnerCenterBaseURL: 'https://x.example' } })) });
    expect(typo.problems[0]?.fault).toMatch(/partnerCenterBaseURL|Unrecognized/);

    const wrongShape = resolveConfig({ office: office('[1, 2]') });
    expect(wrongShape.problems).toHaveLength(1);

    const badLock = resolveConfig({ office: office(JSON.stringify({ locked: ['everything'] })) });
    expect(badLock.problems[0]?.fault).toContain('locked.0');
    expect(badLock.locked).toEqual([]);
  });

  it('refuses non-http base URLs from the office', () => {
    const snapshot = resolveConfig({ office: office(JSON.stringify({ values: { partnerCenterBaseUrl: 'file:///etc/passwd' } })) });
    expect(snapshot.problems).toHaveLength(1);
    expect(snapshot.settings.partnerCenterBaseUrl).toBe(defaultSettings.partnerCenterBaseUrl);
  });

  it('keeps the good keys of a damaged user file and reports the bad ones', () => {
    const snapshot = resolveConfig({ user: user(JSON.stringify({ locale: 'klingon', cloud: 'usgov', colour: 'red' })) });
    expect(snapshot.settings.cloud).toBe('usgov');
    expect(snapshot.settings.locale).toBe('system');
    expect(snapshot.problems.map((problem) => problem.fault)).toEqual([expect.stringContaining('locale'), expect.stringContaining('colour')]);
    expect(resolveConfig({ user: user('not json') }).problems[0]).toMatchObject({ source: 'user', fault: expect.stringContaining('JSON') });
  });
});
