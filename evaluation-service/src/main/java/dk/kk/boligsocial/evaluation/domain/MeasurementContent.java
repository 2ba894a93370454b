package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.api.UnprocessableException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * What a measurement says, by its indicator's kind: a value (VALUE); numerator, denominator and the value 100 * n / d
 * (RATIO); or a narrative (QUALITATIVE). A number may be broken down by the indicator's dimensions; the parts of an
 * additive value add up to it, and a RATIO's numerators and denominators to its own.
 */
public record MeasurementContent(BigDecimal value, BigDecimal numerator, BigDecimal denominator, String narrative,
        List<BreakdownPart> breakdown) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal LIMIT = BigDecimal.TEN.pow(13);

    /**
     * The content as reported, checked field by field against the indicator (errors name the field and rule, for a
     * 400); a RATIO's value is computed from its numerator and denominator and, if given as well, must agree.
     * Whether the parts add up is {@link #requireConsistent}'s question (422).
     *
     * @param housingAreaIds the plan's housing areas, the values of HOUSING_AREA
     */
    public static MeasurementContent check(Indicator indicator, List<UUID> housingAreaIds, BigDecimal value,
            BigDecimal numerator, BigDecimal denominator, String narrative, List<BreakdownPart> breakdown,
            List<FieldError> errors) {
        List<BreakdownPart> parts = breakdown == null ? List.of() : breakdown;
        switch (indicator.kind()) {
            case QUALITATIVE -> {
                TextRules.required(errors, "narrative", narrative, TextRules.MAX_LONG_TEXT);
                absent(errors, "value", value, "a QUALITATIVE indicator has a narrative, no number");
                absent(errors, "numerator", numerator, "a QUALITATIVE indicator has a narrative, no number");
                absent(errors, "denominator", denominator, "a QUALITATIVE indicator has a narrative, no number");
                if (!parts.isEmpty()) {
                    errors.add(new FieldError("breakdown", "a QUALITATIVE indicator has no breakdown"));
                }
                return new MeasurementContent(null, null, null, narrative, List.of());
            }
            case RATIO -> {
                BigDecimal computed = ratio(errors, "", numerator, denominator);
                if (computed != null && value != null && value.compareTo(computed) != 0) {
                    errors.add(new FieldError("value", "must be 100 * numerator / denominator = "
                            + computed.toPlainString() + " (or be left out)"));
                }
                notNarrative(errors, narrative);
                List<BreakdownPart> checked = parts(indicator, housingAreaIds, parts, errors);
                return new MeasurementContent(computed, numerator, denominator, null, checked);
            }
            default -> {
                indicator.scale().check(errors, "value", value);
                absent(errors, "numerator", numerator, "only a RATIO indicator has one");
                absent(errors, "denominator", denominator, "only a RATIO indicator has one");
                notNarrative(errors, narrative);
                List<BreakdownPart> checked = parts(indicator, housingAreaIds, parts, errors);
                return new MeasurementContent(value, null, null, null, checked);
            }
        }
    }

    /**
     * Refuses (422) a breakdown whose parts do not add up: per dimension, the amounts of an additive indicator's parts
     * to its value, a RATIO's numerators and denominators to its numerator and denominator. Percentages and scores
     * are not sums of their parts and are not checked.
     */
    public void requireConsistent(Indicator indicator) {
        List<FieldError> errors = new ArrayList<>();
        Map<Dimension, List<BreakdownPart>> byDimension = new LinkedHashMap<>();
        breakdown.forEach(part -> byDimension.computeIfAbsent(part.dimension(), d -> new ArrayList<>()).add(part));
        byDimension.forEach((dimension, parts) -> {
            if (indicator.additive()) {
                sumsTo(errors, dimension, "amount", parts, BreakdownPart::amount, value);
            } else if (indicator.kind() == IndicatorKind.RATIO) {
                sumsTo(errors, dimension, "numerator", parts, BreakdownPart::numerator, numerator);
                sumsTo(errors, dimension, "denominator", parts, BreakdownPart::denominator, denominator);
            }
        });
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The breakdown does not add up to the total: " + errors.get(0).message()
                    + ".", errors, Map.<String, Object>of("rule", "parts-sum-to-total"));
        }
    }

    private static void sumsTo(List<FieldError> errors, Dimension dimension, String field, List<BreakdownPart> parts,
            Function<BreakdownPart, BigDecimal> amount, BigDecimal total) {
        BigDecimal sum = parts.stream().map(amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total != null && sum.compareTo(total) != 0) {
            errors.add(new FieldError("breakdown", "the " + field + "s by " + dimension + " add up to "
                    + sum.toPlainString() + ", not " + total.toPlainString()));
        }
    }

    private static List<BreakdownPart> parts(Indicator indicator, List<UUID> housingAreaIds, List<BreakdownPart> parts,
            List<FieldError> errors) {
        List<BreakdownPart> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < parts.size(); i++) {
            String field = "breakdown[" + i + "]";
            BreakdownPart part = parts.get(i);
            if (part == null) {
                errors.add(new FieldError(field, "is required"));
                continue;
            }
            Dimension dimension = part.dimension();
            if (dimension == null || !indicator.dimensions().contains(dimension)) {
                errors.add(new FieldError(field + ".dimension", "must be a dimension of the indicator "
                        + indicator.dimensions()));
                continue;
            }
            List<String> values = dimension.values(housingAreaIds);
            if (part.dimensionValue() == null || !values.contains(part.dimensionValue())) {
                errors.add(new FieldError(field + ".value", values.isEmpty()
                        ? "cannot be given: the plan's housing areas are not known to evaluation"
                        : "must be one of " + values));
                continue;
            }
            if (!seen.add(dimension + "/" + part.dimensionValue())) {
                errors.add(new FieldError(field, "repeats " + dimension + " " + part.dimensionValue()));
                continue;
            }
            BigDecimal amount = part.amount();
            if (indicator.kind() == IndicatorKind.RATIO) {
                BigDecimal computed = ratio(errors, field + ".", part.numerator(), part.denominator());
                if (computed != null && amount != null && amount.compareTo(computed) != 0) {
                    errors.add(new FieldError(field + ".amount", "must be 100 * numerator / denominator = "
                            + computed.toPlainString() + " (or be left out)"));
                }
                amount = computed;
            } else {
                indicator.scale().check(errors, field + ".amount", amount);
                absent(errors, field + ".numerator", part.numerator(), "only a RATIO indicator has one");
                absent(errors, field + ".denominator", part.denominator(), "only a RATIO indicator has one");
            }
            checked.add(new BreakdownPart(dimension, part.dimensionValue(), amount, part.numerator(),
                    part.denominator()));
        }
        return checked;
    }

    // 100 * n / d to two decimals (half up); n and d are counts or amounts: 0 <= n <= d, d > 0, two decimals at most.
    private static BigDecimal ratio(List<FieldError> errors, String prefix, BigDecimal numerator,
            BigDecimal denominator) {
        int before = errors.size();
        if (numerator == null) {
            errors.add(new FieldError(prefix + "numerator", "is required for a RATIO indicator"));
        } else if (numerator.signum() < 0 || numerator.compareTo(LIMIT) >= 0 || numerator.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(prefix + "numerator", "must be 0 or more, below 10^13, with at most 2 decimals"));
        }
        if (denominator == null) {
            errors.add(new FieldError(prefix + "denominator", "is required for a RATIO indicator"));
        } else if (denominator.signum() <= 0 || denominator.compareTo(LIMIT) >= 0
                || denominator.stripTrailingZeros().scale() > 2) {
            errors.add(new FieldError(prefix + "denominator", "must be more than 0, below 10^13, with at most 2 decimals"));
        }
        if (errors.size() > before) {
            return null;
        }
        if (numerator.compareTo(denominator) > 0) {
            errors.add(new FieldError(prefix + "numerator", "must not exceed the denominator (a share of it)"));
            return null;
        }
        return numerator.multiply(HUNDRED).divide(denominator, 2, RoundingMode.HALF_UP);
    }

    private static void absent(List<FieldError> errors, String field, Object value, String why) {
        if (value != null) {
            errors.add(new FieldError(field, "is not allowed: " + why));
        }
    }

    private static void notNarrative(List<FieldError> errors, String narrative) {
        if (narrative != null) {
            errors.add(new FieldError("narrative", "is only for QUALITATIVE indicators; use note"));
        }
    }
}
