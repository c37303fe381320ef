// What a partner opens in a spreadsheet: the portal's columns plus sync state, quoting that
// survives commas and quotes in company names, and no formula smuggled in through a name.
import { describe, expect, it } from 'vitest';
import { csvField, csvStart, customerCsvLine } from './customer-csv';

describe('the customer CSV', () => {
  it('starts with the portal columns and the sync state', () => {
    expect(csvStart).toBe('\uFEFFMicrosoft ID,Company name,Primary domain name,Relationship,Sync state\r\n');
  });

  it('writes a customer created offline without a Microsoft ID, marked pending', () => {
    const line = customerCsvLine({ id: 'local:1', companyName: 'Rossi, Bianchi & "Figli" S.r.l.', domain: 'rossi.onmicrosoft.com', relationship: 'reseller', sync: 'pending' });
    expect(line).toBe(',"Rossi, Bianchi & ""Figli"" S.r.l.",rossi.onmicrosoft.com,reseller,pending\r\n');
  });

  it('never lets a company name run as a spreadsheet formula', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('-1 Srl')).toBe(`"'-1 Srl"`);
    expect(csvField('Contoso')).toBe('Contoso');
  });
});
