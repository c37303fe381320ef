// Microsoft Graph `POST /v1.0/me/sendMail`: Partner Desk sends invitations from the user's own
// mailbox. 202 with no body; the mail is kept for tests to read. Like Graph, it does not de-duplicate:
// sending twice delivers twice, which is exactly what Partner Desk must avoid on its own.
import type { FastifyInstance } from 'fastify';
import { sendMailSchema } from '../../shared/partner-center';
import type { EmulatorContext } from '../context';
import { PartnerCenterFault } from '../http/partner-center-fault';
import { readBody } from '../http/request-body';
import { commitWrite, sendAnswer } from '../idempotency';

export function registerGraphRoutes(app: FastifyInstance, context: EmulatorContext): void {
  app.post('/v1.0/me/sendMail', async (request, reply) => {
    let mail;
    try {
      mail = readBody(request.body, sendMailSchema);
    } catch (error) {
      // Graph clients look for `error.code`/`error.message`; Partner Desk's client reads the Partner Center fields. Both are there.
      if (error instanceof PartnerCenterFault) {
        return reply.code(error.status).send({ ...error.body(), error: { code: 'ErrorInvalidRequest', message: error.description } });
      }
      throw error;
    }
    const answer = commitWrite(context, request, () => {
      context.store.mailbox.store({
        to: mail.message.toRecipients.map((recipient) => recipient.emailAddress.address),
        subject: mail.message.subject,
        body: mail.message.body.content,
        contentType: mail.message.body.contentType.toLowerCase() === 'html' ? 'HTML' : 'Text',
        sentAt: context.clock.iso(),
      });
      context.store.audit.noteEffect();
      return { status: 202 };
    });
    return sendAnswer(reply, answer);
  });
}
