package dk.kk.boligsocial.funding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Marks a transaction as a what-if simulation's (issue 15). The decision code runs as for a real decision — pool lock,
 * rules, holdings, ledger entries, the plan's new state — but leaves out what only others would see and the rollback
 * throws away anyway: the plan's stored answer, its funding event and its audit record. Those are about half of a
 * reaction's statements and most of its JSON. The mark lives in the transaction's own registry, so it ends with the
 * transaction and no other transaction can see it.
 */
@ApplicationScoped
public class DryRuns {

    private static final String KEY = DryRuns.class.getName();

    private final TransactionSynchronizationRegistry registry;

    public DryRuns(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    /** From now until the current transaction ends, {@link #active()} is true in it. */
    void begin() {
        registry.putResource(KEY, Boolean.TRUE);
    }

    /** Whether the current transaction is a simulation's (false outside a transaction). */
    boolean active() {
        return registry.getTransactionKey() != null && registry.getResource(KEY) != null;
    }
}
