import type { Message } from '../messaging';
import { analyzePage } from '../platforms';
import { snapshotForm } from './form-snapshot';

const SUBMIT_TEXT = /提交|确认投诉|申请退款|申请平台介入|发送回复|举报/;
const CONTAINER = 'form, [role=dialog], .modal, .layui-layer, .t-dialog, .el-dialog';
type FormSubmitted = Extract<Message, { type: 'form-submitted' }>;

/**
 * When the buyer submits a refund / complaint / ticket form (a real submit, or a click on the submit button of a
 * script-driven dialog), send the form as filled. CardShield itself never submits anything.
 */
export function watchSubmissions(
  signal: AbortSignal,
  send: (msg: FormSubmitted) => Promise<unknown>,
  win: Window = window,
) {
  let lastAt = 0;
  const report = (root: Element) => {
    const now = Date.now();
    if (now - lastAt < 1000) return; // a click on a submit button is followed by the form's submit event
    const page = analyzePage(win.document, new URL(win.location.href));
    if (!page.kinds.includes('refund-form')) return;
    const fields = snapshotForm(root);
    if (!fields.some((f) => f.value)) return;
    lastAt = now;
    void send({
      type: 'form-submitted',
      url: page.url,
      title: page.title,
      platform: page.platform,
      fields,
    }).catch(() => undefined);
  };
  win.document.addEventListener('submit', (e) => e.target instanceof Element && report(e.target), {
    capture: true,
    signal,
  });
  win.document.addEventListener(
    'click',
    (e) => {
      const button =
        e.target instanceof Element
          ? e.target.closest('button, input[type=submit], a.btn, .uc-ticket-submit')
          : null;
      const root = button?.closest(CONTAINER);
      if (button && root && SUBMIT_TEXT.test(button.textContent || button.getAttribute('value') || ''))
        report(root);
    },
    { capture: true, signal },
  );
}
