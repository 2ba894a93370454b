package dk.kk.boligsocial.events.round;

import dk.kk.boligsocial.events.EventSubject;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.common.PayloadRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A round as plans-service defines it, with the frame the other services take from it.
 *
 * @param name         e.g. "Boligsociale helhedsplaner 2015-18"
 * @param description  what the round is
 * @param maxPlanYears the longest plan period in years
 * @param currency     ISO 4217, DKK
 * @param opensOn      no decision on the round's plans takes effect before this date
 * @param firstYear    the first calendar year of the round
 * @param lastYear     the last calendar year of the round
 * @param themes       the round's themes (indsatsområder), in their order
 * @param pool         the municipal co-financing pool and its capacity per year
 * @param coFinancing  the co-financing rule of the round
 * @param reporting    when a year's figures are due
 */
public record RoundDefinition(
        String name,
        String description,
        int maxPlanYears,
        String currency,
        LocalDate opensOn,
        int firstYear,
        int lastYear,
        List<Theme> themes,
        Pool pool,
        CoFinancing coFinancing,
        Reporting reporting) {

    public RoundDefinition {
        PayloadRules.text(name, "name");
        PayloadRules.text(description, "description");
        if (maxPlanYears < 1) {
            throw new IllegalArgumentException("maxPlanYears must be at least 1: " + maxPlanYears);
        }
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(opensOn, "opensOn");
        requireYear(firstYear, "firstYear");
        requireYear(lastYear, "lastYear");
        if (lastYear < firstYear) {
            throw new IllegalArgumentException("lastYear " + lastYear + " is before firstYear " + firstYear);
        }
        themes = PayloadRules.nonEmpty(themes, "themes");
        Set<String> codes = new HashSet<>();
        for (Theme theme : themes) {
            if (!codes.add(theme.code())) {
                throw new IllegalArgumentException("theme " + theme.code() + " appears twice");
            }
        }
        Objects.requireNonNull(pool, "pool");
        for (PoolYear year : pool.years()) {
            if (year.year() < firstYear || year.year() > lastYear) {
                throw new IllegalArgumentException("pool year " + year.year() + " is outside the round's years");
            }
        }
        Objects.requireNonNull(coFinancing, "coFinancing");
        Objects.requireNonNull(reporting, "reporting");
    }

    /** A theme (indsatsområde) of the round. */
    public record Theme(String code, int position, String nameDa, String nameEn, String description) {
        public Theme {
            PayloadRules.code(code, "code");
            if (position < 1) {
                throw new IllegalArgumentException("position must be at least 1: " + position);
            }
            PayloadRules.text(nameDa, "nameDa");
            PayloadRules.text(nameEn, "nameEn");
            PayloadRules.text(description, "description");
        }
    }

    /** The municipal co-financing pool (medfinansieringspulje): its capacity is the sum of its years. */
    public record Pool(String name, List<PoolYear> years) {
        public Pool {
            PayloadRules.text(name, "name");
            years = PayloadRules.nonEmpty(years, "years");
            Set<Integer> seen = new HashSet<>();
            for (PoolYear year : years) {
                if (!seen.add(year.year())) {
                    throw new IllegalArgumentException("pool year " + year.year() + " appears twice");
                }
            }
        }

        /** The pool's total capacity. */
        public BigDecimal capacity() {
            return years.stream().map(y -> y.capacity().amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /** The pool's capacity for one calendar year. */
    public record PoolYear(int year, Money capacity) {
        public PoolYear {
            requireYear(year, "year");
            PayloadRules.positive(capacity, "capacity");
        }
    }

    /**
     * The co-financing rule: the housing organisations pay at least {@code housingOrganisationMatchRatio} × the
     * municipality's co-financing; everything but LBF is at least {@code minimumLocalShare} of the plan (null: off).
     */
    public record CoFinancing(BigDecimal housingOrganisationMatchRatio, BigDecimal minimumLocalShare) {
        public CoFinancing {
            // four decimals, as every service keeps them (NUMERIC(7,4), NUMERIC(5,4)): equal rules are equal records
            housingOrganisationMatchRatio = fourDecimals(
                    Objects.requireNonNull(housingOrganisationMatchRatio, "housingOrganisationMatchRatio"),
                    "housingOrganisationMatchRatio");
            minimumLocalShare = minimumLocalShare == null ? null : fourDecimals(minimumLocalShare, "minimumLocalShare");
            if (housingOrganisationMatchRatio.signum() < 0) {
                throw new IllegalArgumentException("housingOrganisationMatchRatio must not be negative");
            }
            if (minimumLocalShare != null && (minimumLocalShare.signum() < 0
                    || minimumLocalShare.compareTo(BigDecimal.ONE) > 0)) {
                throw new IllegalArgumentException("minimumLocalShare must be between 0 and 1");
            }
        }
    }

    /** A year's figures are due on {@code dueMonth}/{@code dueDay} of the year {@code yearsAfter} later. */
    public record Reporting(int dueMonth, int dueDay, int yearsAfter) {
        public Reporting {
            if (dueMonth < 1 || dueMonth > 12 || dueDay < 1 || dueDay > 28 || yearsAfter < 0 || yearsAfter > 2) {
                throw new IllegalArgumentException("reporting rule out of range: month " + dueMonth + ", day "
                        + dueDay + ", years after " + yearsAfter);
            }
        }
    }

    private static BigDecimal fourDecimals(BigDecimal value, String name) {
        try {
            return value.setScale(4, java.math.RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " has more than four decimals: " + value.toPlainString(), e);
        }
    }

    /** A round id has the form of {@link EventSubject#ROUND_ID}. */
    public static String requireRoundId(String roundId) {
        if (!EventSubject.ROUND_ID.matches(roundId)) {
            throw new IllegalArgumentException("roundId must be " + EventSubject.ROUND_ID.description() + ": " + roundId);
        }
        return roundId;
    }

    private static void requireYear(int year, String name) {
        if (year < PayloadRules.FIRST_YEAR || year > PayloadRules.LAST_YEAR) {
            throw new IllegalArgumentException(name + " must be between " + PayloadRules.FIRST_YEAR + " and "
                    + PayloadRules.LAST_YEAR + ": " + year);
        }
    }
}
