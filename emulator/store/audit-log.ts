// The activity log behind `/v1/auditrecords`. Every change, whether it came through the API or the
// control API, writes a record here in the same transaction, and the count of records a request
// wrote is the "effects" figure of the request log.
import { randomUUID } from 'node:crypto';
import type { AuditOperationType, AuditRecord } from '../../shared/partner-center';
import type { Clock } from '../clock';
import type { Db } from './database';

export interface AuditEntry {
  operationType: AuditOperationType;
  resourceType: string;
  customerId?: string;
  customerName?: string;
  oldValue?: unknown;
  newValue?: unknown;
  /** Who did it: the signed-in user for API calls, "another user" for the control API. */
  userPrincipalName: string;
  customizedData?: Record<string, string>;
}

interface AuditRow {
  seq: number;
  id: string;
  operation_date: string;
  operation_type: string;
  resource_type: string;
  customer_id: string | null;
  customer_name: string | null;
  old_value: string | null;
  new_value: string | null;
  user_principal_name: string;
  customized_data: string;
  original_correlation_id: string | null;
}

export interface AuditQuery {
  startDate: string;
  endDate: string;
  afterSeq: number;
  size: number;
}

export class AuditLog {
  /** Records written since the last `startCounting()`: the effects of the request in progress. */
  private written = 0;
  /** The MS-CorrelationId of the request in progress, as Partner Center keeps it (originalCorrelationId). */
  private correlationId: string | null = null;
  private readonly insert;
  private readonly page;

  constructor(
    private readonly db: Db,
    private readonly clock: Clock,
    private readonly partnerId: () => string,
  ) {
    this.insert = db.prepare(
      `INSERT INTO audit_records (id, operation_date, operation_type, resource_type, customer_id, customer_name, old_value, new_value, user_principal_name, customized_data, original_correlation_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
    this.page = db.prepare<[string, string, number, number], AuditRow>(
      `SELECT * FROM audit_records WHERE operation_date >= ? AND operation_date <= ? AND seq > ? ORDER BY seq LIMIT ?`,
    );
  }

  /** A request (or a control call, with no correlation id) begins writing. */
  startCounting(correlationId: string | null = null): void {
    this.written = 0;
    this.correlationId = correlationId;
  }

  /** Counts a change that leaves no activity record (a sent mail) as an effect of the request. */
  noteEffect(): void {
    this.written += 1;
  }

  counted(): number {
    return this.written;
  }

  record(entry: AuditEntry, at: string = this.clock.iso()): void {
    this.insert.run(
      randomUUID(),
      at,
      entry.operationType,
      entry.resourceType,
      entry.customerId ?? null,
      entry.customerName ?? null,
      entry.oldValue === undefined ? null : JSON.stringify(entry.oldValue),
      entry.newValue === undefined ? null : JSON.stringify(entry.newValue),
      entry.userPrincipalName,
      JSON.stringify(Object.entries(entry.customizedData ?? {}).map(([key, value]) => ({ key, value }))),
      this.correlationId,
    );
    this.written += 1;
  }

  /** Oldest first, so a sync can resume from the last record it applied. */
  query(query: AuditQuery): { seq: number; record: AuditRecord }[] {
    return this.page.all(query.startDate, query.endDate, query.afterSeq, query.size).map((row) => ({ seq: row.seq, record: this.toRecord(row) }));
  }

  private toRecord(row: AuditRow): AuditRecord {
    return {
      id: row.id,
      partnerId: this.partnerId(),
      ...(row.customer_id ? { customerId: row.customer_id } : {}),
      ...(row.customer_name ? { customerName: row.customer_name } : {}),
      userPrincipalName: row.user_principal_name,
      resourceType: row.resource_type,
      ...(row.old_value ? { resourceOldValue: row.old_value } : {}),
      ...(row.new_value ? { resourceNewValue: row.new_value } : {}),
      operationType: row.operation_type as AuditRecord['operationType'],
      operationStatus: 'succeeded',
      operationDate: row.operation_date,
      customizedData: JSON.parse(row.customized_data) as AuditRecord['customizedData'],
      ...(row.original_correlation_id ? { originalCorrelationId: row.original_correlation_id } : {}),
      attributes: { objectType: 'AuditRecord' },
    };
  }
}
