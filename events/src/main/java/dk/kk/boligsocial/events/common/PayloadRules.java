package dk.kk.boligsocial.events.common;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The schema rules that the payload records' constructors enforce as well, so that a producer fails where it builds
 * a bad event rather than a consumer where it reads one. Public only because the records live in one package per
 * topic; it is not part of the event contract (the JSON Schemas are).
 */
public final class PayloadRules {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
    /** The years a plan's period may lie in, as plans-service accepts them (schema {@code PeriodDate}). */
    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;

    private PayloadRules() {
    }

    public static String text(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
        return value;
    }

    /** A theme, indicator or other code: its shape is fixed, its values are data. */
    public static String code(String value, String name) {
        Objects.requireNonNull(value, name);
        if (!CODE.matcher(value).matches()) {
            throw new IllegalArgumentException(name + " is not a code (A-Z, 0-9, _): " + value);
        }
        return value;
    }

    /** The plan every event is about: its id (the Kafka key), its round and its housing organisation. */
    /** A ledger chain head: absent, or a SHA-256 in lower-case hex. */
    public static void chainHead(String chainHead) {
        if (chainHead != null && !chainHead.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("chainHead must be 64 lower-case hex digits");
        }
    }

    public static void identity(Object planId, String roundId, Object housingOrganisationId) {
        Objects.requireNonNull(planId, "planId");
        text(roundId, "roundId");
        Objects.requireNonNull(housingOrganisationId, "housingOrganisationId");
    }

    /** The identity, and the decision that a plan event announces. */
    public static void identity(Object planId, String roundId, Object housingOrganisationId, Object decision) {
        identity(planId, roundId, housingOrganisationId);
        Objects.requireNonNull(decision, "decision");
    }

    /** An immutable copy. */
    public static <T> List<T> list(List<T> values, String name) {
        return List.copyOf(Objects.requireNonNull(values, name));
    }

    /** An immutable copy that has at least one element. */
    public static <T> List<T> nonEmpty(List<T> values, String name) {
        List<T> copy = list(values, name);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
        return copy;
    }

    /** An immutable copy that has at least one element and no duplicates. */
    public static <T> List<T> distinctNonEmpty(List<T> values, String name) {
        List<T> copy = nonEmpty(values, name);
        if (copy.stream().distinct().count() != copy.size()) {
            throw new IllegalArgumentException(name + " must not contain duplicates: " + copy);
        }
        return copy;
    }

    /** Theme codes are data of the round; only their shape is fixed. */
    public static List<String> themes(List<String> themes) {
        List<String> copy = distinctNonEmpty(themes, "themes");
        copy.forEach(theme -> code(theme, "theme"));
        return copy;
    }

    /**
     * A plan's period: both ends in {@value #FIRST_YEAR}-{@value #LAST_YEAR} (a consumer iterates over its years, so an
     * absurd end such as {@code +999999999-12-31} must not get past the record), the end not before the start.
     */
    public static void period(LocalDate periodStart, LocalDate periodEnd) {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        periodDate(periodStart, "periodStart");
        periodDate(periodEnd, "periodEnd");
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("periodEnd " + periodEnd + " is before periodStart " + periodStart);
        }
    }

    /** A date of a plan's period or a reporting period: in {@value #FIRST_YEAR}-{@value #LAST_YEAR}. */
    public static LocalDate periodDate(LocalDate date, String name) {
        Objects.requireNonNull(date, name);
        if (date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR) {
            throw new IllegalArgumentException(name + " " + date + " is not in the years " + FIRST_YEAR + "-" + LAST_YEAR);
        }
        return date;
    }

    /** Lines of the municipality's co-financing only, as reserved or released from its pool. */
    public static List<BudgetLine> municipal(List<BudgetLine> lines, String name) {
        List<BudgetLine> copy = list(lines, name);
        if (copy.stream().anyMatch(line -> line.source() != BudgetSource.MUNICIPALITY)) {
            throw new IllegalArgumentException(name + " may only hold MUNICIPALITY lines: " + copy);
        }
        return copy;
    }

    public static Money notNegative(Money money, String name) {
        Objects.requireNonNull(money, name);
        if (money.amount().signum() < 0) {
            throw new IllegalArgumentException(name + " must not be negative: " + money.amount().toPlainString());
        }
        return money;
    }

    public static Money positive(Money money, String name) {
        Objects.requireNonNull(money, name);
        if (money.amount().signum() <= 0) {
            throw new IllegalArgumentException(name + " must be positive: " + money.amount().toPlainString());
        }
        return money;
    }
}
