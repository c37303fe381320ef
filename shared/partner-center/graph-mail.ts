// The Microsoft Graph `POST /v1.0/me/sendMail` body Partner Desk uses to send an invitation from the
// signed-in user's own mailbox. Graph answers 202 with no body and does not de-duplicate retries.
import { z } from 'zod';

export const recipientSchema = z.object({
  emailAddress: z.object({
    address: z.email({ error: 'emailAddress.address must be a valid email address' }),
    name: z.string().optional(),
  }),
});

export const sendMailSchema = z.object({
  message: z.object({
    subject: z.string({ error: 'message.subject is required' }).max(255),
    body: z.object({
      contentType: z.enum(['HTML', 'Text', 'html', 'text'], { error: "body.contentType must be 'HTML' or 'Text'" }),
      content: z.string({ error: 'body.content is required' }),
    }),
    toRecipients: z.array(recipientSchema).min(1, { error: 'message.toRecipients needs at least one recipient' }),
    ccRecipients: z.array(recipientSchema).optional(),
  }),
  saveToSentItems: z.boolean().optional(),
});
export type SendMailRequest = z.input<typeof sendMailSchema>;
