// acg-faka style 工单 (tickets): buyer ↔ 官方客服 threads, optionally tied to an order's trade number.
import type { Clock } from './clock.ts';
import { stamp } from './clock.ts';
import type { Evidence } from './store.ts';

export type TicketFrom = 'user' | 'admin' | 'system';
export interface TicketMessage {
  id: number;
  from: TicketFrom;
  name: string;
  text: string;
  at: number;
}
export interface Ticket {
  id: number;
  ticketNo: string;
  type: 0 | 1;
  priority: 0 | 1 | 2;
  title: string;
  tradeNo?: string;
  proof?: Evidence;
  status: 0 | 1 | 2 | 3;
  createdAt: number;
  updatedAt: number;
  messages: TicketMessage[];
}

export const TICKET_STATUS = ['待客服回复', '待我回复', '已解决', '已关闭'] as const;
export const TICKET_PRIORITY = ['低', '中', '高'] as const;
export const TICKET_TYPE = ['售前咨询', '售后支持'] as const;

const hex = (n: number): string =>
  Array.from({ length: n }, () => '0123456789ABCDEF'[Math.floor(Math.random() * 16)]).join('');

export class TicketDesk {
  readonly tickets = new Map<number, Ticket>();
  /** Purchase-proof images uploaded ahead of ticket creation, by proof_path. */
  readonly uploads = new Map<string, Evidence>();
  private seq = 0;
  private msgSeq = 0;

  constructor(private readonly clock: Clock) {}

  create(
    input: Pick<Ticket, 'type' | 'priority' | 'title' | 'tradeNo' | 'proof'> & { content: string },
  ): Ticket {
    const now = this.clock.now();
    const t: Ticket = {
      id: ++this.seq + 1000,
      ticketNo: `TK${stamp(now).slice(2)}${hex(8)}`,
      type: input.type,
      priority: input.priority,
      title: input.title,
      tradeNo: input.tradeNo,
      proof: input.proof,
      status: 0,
      createdAt: now,
      updatedAt: now,
      messages: [],
    };
    this.tickets.set(t.id, t);
    this.add(t, 'user', input.content);
    this.add(t, 'system', '工单已提交，客服将在工作时间内尽快回复，请留意工单动态。');
    return t;
  }

  add(t: Ticket, from: TicketFrom, text: string): TicketMessage {
    const now = this.clock.now();
    const name = from === 'user' ? '我' : from === 'admin' ? '客服小异' : '系统';
    const msg: TicketMessage = { id: ++this.msgSeq, from, name, text, at: now };
    t.messages.push(msg);
    t.updatedAt = now;
    if (from === 'admin') t.status = 1;
    if (from === 'user') t.status = 0;
    return msg;
  }

  /** Latest ticket about a trade number. */
  latestFor(tradeNo: string): Ticket | undefined {
    return [...this.tickets.values()].filter((t) => t.tradeNo === tradeNo).sort((a, b) => b.id - a.id)[0];
  }

  list(): Ticket[] {
    return [...this.tickets.values()].sort((a, b) => b.id - a.id);
  }

  reset(): void {
    this.tickets.clear();
    this.uploads.clear();
  }
}
