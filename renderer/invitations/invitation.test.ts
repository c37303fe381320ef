// The rules an invitation draft must pass and how its message becomes the mail the customer reads.
import { describe, expect, it } from 'vitest';
import { checkDraft, invitationLink, normaliseDomain, renderMail, type InvitationDraft } from './invitation';
import { mailTemplate } from './texts';

const link = 'https://admin.microsoft.com/Adminportal/Home?invType=ResellerRelationship&partnerId=4f1b6a2e&msppId=0&DAP=true#/BillingAccounts/partner-invitation';

const draft: InvitationDraft = {
  recipientName: 'Anna Rossi',
  recipientEmail: 'anna@contoso.it',
  companyName: 'Contoso S.r.l.',
  expectedDomain: 'contoso.it',
  delegatedAdmin: true,
  language: 'it',
  note: '',
  subject: mailTemplate('it').subject,
  body: mailTemplate('it').body,
};

describe('invitation draft', () => {
  it('accepts a complete draft', () => {
    expect(checkDraft(draft)).toEqual({});
  });

  it('names every field that needs the user, and refuses a text without the link', () => {
    expect(checkDraft({ ...draft, recipientName: ' ', recipientEmail: 'anna', companyName: '', expectedDomain: 'contoso', body: 'Hello' })).toEqual({
      recipientName: 'recipientNameRequired',
      recipientEmail: 'recipientEmailInvalid',
      companyName: 'companyNameRequired',
      expectedDomain: 'expectedDomainInvalid',
      body: 'bodyNeedsLink',
    });
  });

  it('reads a domain the way people paste it', () => {
    expect(normaliseDomain(' https://www.Contoso.IT/home ')).toBe('contoso.it');
    expect(normaliseDomain('@contoso.onmicrosoft.com')).toBe('contoso.onmicrosoft.com');
  });
});

describe('invitation mail', () => {
  it('switches the delegated-admin flag of the partner link and keeps the rest', () => {
    expect(invitationLink(link, false)).toBe(link.replace('DAP=true', 'DAP=false'));
    expect(invitationLink(link, true)).toBe(link);
  });

  it('fills every placeholder in the mail language and drops the gap an empty note leaves', () => {
    const mail = renderMail(draft, { link, partnerName: 'Lakeside Cloud Services S.r.l.', words: mailTemplate('it') });
    expect(mail.subject).toBe('Lakeside Cloud Services S.r.l. invita Contoso S.r.l. a una relazione di rivendita');
    expect(mail.body).toContain(link);
    expect(mail.body).toContain('amministrazione delegata');
    expect(mail.body).not.toMatch(/\{|\n{3,}/);
    expect(mail.body.startsWith('Gentile Anna Rossi,')).toBe(true);
  });

  it('says "Your Microsoft partner" while the partner profile is not known', () => {
    const mail = renderMail({ ...draft, subject: mailTemplate('en').subject, body: mailTemplate('en').body, delegatedAdmin: false }, { link, words: mailTemplate('en') });
    expect(mail.subject).toBe('Your Microsoft partner invites Contoso S.r.l. to a reseller relationship');
    expect(mail.body).not.toContain('delegated');
  });
});
