package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.domain.FundingState;
import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.PlanFunding;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the audit trail keeps of a plan's money around a change: its funding state before, and after it the state,
 * the ledger entries booked (kind, source, year, amount, effective date) and any refusal reasons.
 */
final class AuditDocuments {

    private AuditDocuments() {
    }

    /** @param before the plan's funding state before the change, {@code null} for a plan funding did not know */
    static AuditTrail.Change change(FundingState before, PlanFunding plan, List<LedgerEntry> booked) {
        Map<String, Object> was = before == null ? null : Map.of("state", before.name());
        Map<String, Object> is = new LinkedHashMap<>();
        is.put("state", plan.state().name());
        is.put("booked", booked.stream().map(e -> {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", e.kind().name());
            entry.put("source", e.source().name());
            entry.put("year", e.year());
            entry.put("amount", e.amount().toPlainString());
            entry.put("effectiveOn", e.effectiveOn() == null ? null : e.effectiveOn().toString());
            return entry;
        }).toList());
        if (!plan.refusalReasons().isEmpty()) {
            is.put("refusalReasons", plan.refusalReasons().stream()
                    .map(r -> Map.of("code", r.code().name(), "message", r.message())).toList());
        }
        return new AuditTrail.Change(was, is);
    }
}
