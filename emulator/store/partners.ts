// The other partners in the indirect model: the resellers this partner supplies as an indirect
// provider, and the providers it buys from as an indirect reseller.
import type { PartnerRelationship, PartnerRelationshipType } from '../../shared/partner-center';
import type { Db } from './database';

interface PartnerRow {
  id: string;
  name: string;
  relationship_type: string;
  mpn_id: string;
  location: string;
}

export class PartnerStore {
  private readonly insertRow;
  private readonly byType;
  private readonly byId;

  constructor(db: Db) {
    this.insertRow = db.prepare('INSERT OR REPLACE INTO partners (id, name, relationship_type, mpn_id, location) VALUES (?, ?, ?, ?, ?)');
    this.byType = db.prepare<[string], PartnerRow>('SELECT * FROM partners WHERE relationship_type = ? ORDER BY name');
    this.byId = db.prepare<[string], PartnerRow>('SELECT * FROM partners WHERE id = ?');
  }

  insert(partner: Omit<PartnerRelationship, 'attributes' | 'state'>): void {
    this.insertRow.run(partner.id, partner.name, partner.relationshipType, partner.mpnId, partner.location);
  }

  list(type: PartnerRelationshipType): PartnerRelationship[] {
    return this.byType.all(type).map(toRelationship);
  }

  /** Indirect resellers a customer can be associated with. */
  isIndirectReseller(id: string): boolean {
    return this.byId.get(id.toLowerCase())?.relationship_type === 'IsIndirectCloudSolutionProviderOf';
  }
}

function toRelationship(row: PartnerRow): PartnerRelationship {
  return {
    id: row.id,
    name: row.name,
    relationshipType: row.relationship_type as PartnerRelationshipType,
    state: 'Active',
    mpnId: row.mpn_id,
    location: row.location,
    attributes: { objectType: 'PartnerRelationship' },
  };
}
