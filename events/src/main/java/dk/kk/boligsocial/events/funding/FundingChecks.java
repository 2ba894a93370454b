package dk.kk.boligsocial.events.funding;

import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import java.util.List;
import java.util.Objects;

/** The schema rules that the funding records' constructors enforce as well, so a producer fails where it builds a bad event. */
final class FundingChecks {

    private FundingChecks() {
    }

    static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    static void identity(Object planId, String roundId, Object housingOrganisationId) {
        Objects.requireNonNull(planId, "planId");
        text(roundId, "roundId");
        Objects.requireNonNull(housingOrganisationId, "housingOrganisationId");
    }

    static <T> List<T> list(List<T> values, String name) {
        return List.copyOf(Objects.requireNonNull(values, name));
    }

    /** Lines of the municipality's co-financing only, as reserved or released from its pool. */
    static List<BudgetLine> municipal(List<BudgetLine> lines, String name) {
        List<BudgetLine> copy = list(lines, name);
        if (copy.stream().anyMatch(line -> line.source() != BudgetSource.MUNICIPALITY)) {
            throw new IllegalArgumentException(name + " may only hold MUNICIPALITY lines: " + copy);
        }
        return copy;
    }

    static Money notNegative(Money money, String name) {
        Objects.requireNonNull(money, name);
        if (money.amount().signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + money.amount().toPlainString());
        }
        return money;
    }

    static Money positive(Money money, String name) {
        Objects.requireNonNull(money, name);
        if (money.amount().signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + money.amount().toPlainString());
        }
        return money;
    }
}
