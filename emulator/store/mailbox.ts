// Mail "sent" through Graph sendMail, kept so tests can read what the customer would have received.
import type { Db } from './database';

export interface SentMail {
  id: number;
  to: string[];
  subject: string;
  body: string;
  contentType: string;
  sentAt: string;
}

interface MailRow {
  seq: number;
  recipients: string;
  subject: string;
  body: string;
  content_type: string;
  sent_at: string;
}

export class Mailbox {
  private readonly insertRow;
  private readonly all;
  private readonly countRow;

  constructor(db: Db) {
    this.insertRow = db.prepare('INSERT INTO mail (recipients, subject, body, content_type, sent_at) VALUES (?, ?, ?, ?, ?)');
    this.all = db.prepare<[], MailRow>('SELECT * FROM mail ORDER BY seq');
    this.countRow = db.prepare<[], { count: number }>('SELECT count(*) AS count FROM mail');
  }

  store(mail: Omit<SentMail, 'id'>): void {
    this.insertRow.run(JSON.stringify(mail.to), mail.subject, mail.body, mail.contentType, mail.sentAt);
  }

  list(): SentMail[] {
    return this.all.all().map((row) => ({
      id: row.seq,
      to: JSON.parse(row.recipients) as string[],
      subject: row.subject,
      body: row.body,
      contentType: row.content_type,
      sentAt: row.sent_at,
    }));
  }

  count(): number {
    return this.countRow.get()?.count ?? 0;
  }
}
