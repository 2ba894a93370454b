package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.UnprocessableException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A period's target broken down by the indicator's dimensions: each part in the indicator's unit, and for an additive
 * indicator the parts of each dimension adding up to the target (the same rule as for measurements).
 */
public final class TargetBreakdown {

    private TargetBreakdown() {
    }

    /** The parts, checked field by field (400 errors); a part is (dimension, value, amount). */
    public static List<TargetPart> check(Indicator indicator, List<UUID> housingAreaIds, int year,
            List<BreakdownPart> parts, List<FieldError> errors) {
        List<TargetPart> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; parts != null && i < parts.size(); i++) {
            String field = "breakdown[" + i + "]";
            BreakdownPart part = parts.get(i);
            if (part == null) {
                errors.add(new FieldError(field, "is required"));
            } else if (part.dimension() == null || !indicator.dimensions().contains(part.dimension())) {
                errors.add(new FieldError(field + ".dimension", "must be a dimension of the indicator "
                        + indicator.dimensions()));
            } else if (!part.dimension().values(housingAreaIds).contains(part.dimensionValue())) {
                errors.add(new FieldError(field + ".value", "must be one of " + part.dimension().values(housingAreaIds)));
            } else if (!seen.add(part.dimension() + "/" + part.dimensionValue())) {
                errors.add(new FieldError(field, "repeats " + part.dimension() + " " + part.dimensionValue()));
            } else {
                indicator.scale().check(errors, field + ".amount", part.amount());
                checked.add(new TargetPart(year, part.dimension(), part.dimensionValue(), part.amount()));
            }
        }
        return checked;
    }

    /** Refuses (422) the parts of an additive indicator's target that do not add up to it, per dimension. */
    public static void requireConsistent(Indicator indicator, BigDecimal target, List<TargetPart> parts) {
        if (!indicator.additive()) {
            return;
        }
        Map<Dimension, BigDecimal> sums = new LinkedHashMap<>();
        parts.forEach(part -> sums.merge(part.dimension(), part.value(), BigDecimal::add));
        List<FieldError> errors = new ArrayList<>();
        sums.forEach((dimension, sum) -> {
            if (sum.compareTo(target) != 0) {
                errors.add(new FieldError("breakdown", "the amounts by " + dimension + " add up to "
                        + sum.toPlainString() + ", not " + target.toPlainString()));
            }
        });
        if (!errors.isEmpty()) {
            throw new UnprocessableException("The breakdown does not add up to the target: " + errors.get(0).message()
                    + ".", errors, Map.<String, Object>of("rule", "parts-sum-to-total"));
        }
    }
}
