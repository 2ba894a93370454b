package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.plans.api.model.RoundFrameValue;
import dk.kk.boligsocial.plans.api.model.RoundRequest;
import dk.kk.boligsocial.plans.api.model.RoundResponse;
import dk.kk.boligsocial.plans.domain.RoundDefinition;
import dk.kk.boligsocial.plans.domain.RoundFrame;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A round request checked field by field (400 naming every invalid field) and turned into the domain's
 * {@link RoundDefinition}, with amounts at two decimals and ratios at four, so that a PUT sending the round as it is
 * compares equal to it.
 */
final class RoundRequests {

    static final Pattern ROUND_ID = Pattern.compile("[0-9]{4}-[0-9]{2}");
    private static final Pattern THEME_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final int FIRST_YEAR = 2000;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_ROUND_YEARS = 10;
    private static final int MAX_NAME = 200;
    private static final BigDecimal MAX_RATIO = new BigDecimal("100");

    private RoundRequests() {
    }

    /** The id of a new round: yyyy-yy, agreeing with the round's first and last year. */
    static void checkId(List<FieldError> errors, RoundRequest request) {
        String id = request.id();
        if (id == null || !ROUND_ID.matcher(id).matches()) {
            errors.add(new FieldError("id", "is required: yyyy-yy, the first year and the last year's two digits, e.g. 2015-18"));
            return;
        }
        if (request.firstYear() != null && !id.startsWith(request.firstYear().toString())) {
            errors.add(new FieldError("id", "must start with firstYear " + request.firstYear()));
        }
        if (request.lastYear() != null && Integer.parseInt(id.substring(5)) != request.lastYear() % 100) {
            errors.add(new FieldError("id", "must end in the last two digits of lastYear " + request.lastYear()));
        }
    }

    /** The definition, or 400 naming every invalid field (together with those already in {@code errors}). */
    static RoundDefinition definition(List<FieldError> errors, RoundRequest request) {
        TextRules.required(errors, "name", request.name(), MAX_NAME);
        TextRules.required(errors, "description", request.description(), TextRules.MAX_LONG_TEXT);
        whole(errors, "maxPlanYears", request.maxPlanYears(), 1, MAX_ROUND_YEARS);
        if (!MoneyValue.DKK.equals(request.currency())) {
            errors.add(new FieldError("currency", "must be DKK"));
        }
        if (request.opensOn() == null) {
            errors.add(new FieldError("opensOn", "is required"));
        } else if (request.opensOn().getYear() < FIRST_YEAR || request.opensOn().getYear() > LAST_YEAR) {
            errors.add(new FieldError("opensOn", "must lie in the years " + FIRST_YEAR + "-" + LAST_YEAR));
        }
        boolean years = whole(errors, "firstYear", request.firstYear(), FIRST_YEAR, LAST_YEAR)
                & whole(errors, "lastYear", request.lastYear(), FIRST_YEAR, LAST_YEAR);
        if (years && request.lastYear() < request.firstYear()) {
            errors.add(new FieldError("lastYear", "must not be before firstYear"));
            years = false;
        } else if (years && request.lastYear() - request.firstYear() >= MAX_ROUND_YEARS) {
            errors.add(new FieldError("lastYear", "must be less than " + MAX_ROUND_YEARS + " years after firstYear"));
            years = false;
        }
        List<RoundDefinition.ThemeDefinition> themes = themes(errors, request.themes());
        RoundFrame.Pool pool = pool(errors, request.pool(), years ? request.firstYear() : null,
                years ? request.lastYear() : null);
        RoundFrame.CoFinancing coFinancing = coFinancing(errors, request.coFinancing());
        RoundFrame.Reporting reporting = reporting(errors, request.reporting());
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new RoundDefinition(request.name().strip(), request.description().strip(), request.maxPlanYears(),
                request.currency(), request.opensOn(), request.firstYear(), request.lastYear(), themes,
                new RoundFrame(pool, coFinancing, reporting));
    }

    private static List<RoundDefinition.ThemeDefinition> themes(List<FieldError> errors,
            List<RoundResponse.ThemeValue> requested) {
        List<RoundDefinition.ThemeDefinition> themes = new ArrayList<>();
        if (requested == null || requested.isEmpty()) {
            errors.add(new FieldError("themes", "must name at least one theme"));
            return themes;
        }
        if (!TextRules.withinCap(errors, "themes", requested, RoundResponse.MAX_THEMES)) {
            return themes;
        }
        Set<String> codes = new HashSet<>();
        Set<Integer> positions = new HashSet<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "themes[" + i + "]";
            RoundResponse.ThemeValue theme = requested.get(i);
            if (theme == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            int before = errors.size();
            if (theme.code() == null || !THEME_CODE.matcher(theme.code()).matches()) {
                errors.add(new FieldError(field + ".code", "is required: A-Z, 0-9 and _, starting with a letter, at most 64"));
            } else if (!codes.add(theme.code())) {
                errors.add(new FieldError(field + ".code", "appears twice"));
            }
            if (whole(errors, field + ".position", theme.position(), 1, requested.size())
                    && !positions.add(theme.position())) {
                errors.add(new FieldError(field + ".position", "appears twice"));
            }
            TextRules.required(errors, field + ".nameDa", theme.nameDa(), MAX_NAME);
            TextRules.required(errors, field + ".nameEn", theme.nameEn(), MAX_NAME);
            TextRules.required(errors, field + ".description", theme.description(), TextRules.MAX_LONG_TEXT);
            if (errors.size() == before) {
                themes.add(new RoundDefinition.ThemeDefinition(theme.code(), theme.position(), theme.nameDa().strip(),
                        theme.nameEn().strip(), theme.description().strip()));
            }
        }
        themes.sort((a, b) -> Integer.compare(a.position(), b.position()));
        return themes;
    }

    private static RoundFrame.Pool pool(List<FieldError> errors, RoundFrameValue.Pool requested, Integer firstYear,
            Integer lastYear) {
        if (requested == null) {
            errors.add(new FieldError("pool", "is required"));
            return null;
        }
        TextRules.required(errors, "pool.name", requested.name(), MAX_NAME);
        List<RoundFrame.PoolYear> years = new ArrayList<>();
        if (requested.years() == null || requested.years().isEmpty()) {
            errors.add(new FieldError("pool.years", "must give the capacity of at least one year"));
            return null;
        }
        if (!TextRules.withinCap(errors, "pool.years", requested.years(), RoundFrameValue.MAX_POOL_YEARS)) {
            return null;
        }
        Set<Integer> seen = new HashSet<>();
        for (int i = 0; i < requested.years().size(); i++) {
            String field = "pool.years[" + i + "]";
            RoundFrameValue.PoolYear year = requested.years().get(i);
            if (year == null) {
                errors.add(new FieldError(field, "must not be null"));
                continue;
            }
            int before = errors.size();
            if (year.year() == null) {
                errors.add(new FieldError(field + ".year", "is required"));
            } else if (firstYear != null && (year.year() < firstYear || year.year() > lastYear)) {
                errors.add(new FieldError(field + ".year", "must lie in the round's years " + firstYear + "-" + lastYear));
            } else if (!seen.add(year.year())) {
                errors.add(new FieldError(field + ".year", "appears twice"));
            }
            BigDecimal capacity = MoneyRules.check(errors, field + ".capacity", year.capacity(), MoneyValue.DKK);
            if (errors.size() == before && year.year() != null) {
                years.add(new RoundFrame.PoolYear(year.year(), capacity));
            }
        }
        years.sort((a, b) -> Integer.compare(a.year(), b.year()));
        BigDecimal total = years.stream().map(RoundFrame.PoolYear::capacity).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.precision() - total.scale() > 13) {
            errors.add(new FieldError("pool.years", "add up to 10^13 or more"));
        }
        return requested.name() == null ? null : new RoundFrame.Pool(requested.name().strip(), years);
    }

    private static RoundFrame.CoFinancing coFinancing(List<FieldError> errors, RoundFrameValue.CoFinancing requested) {
        if (requested == null) {
            errors.add(new FieldError("coFinancing", "is required"));
            return null;
        }
        if (requested.housingOrganisationMatchRatio() == null) {
            errors.add(new FieldError("coFinancing.housingOrganisationMatchRatio", "is required (0 for no matching)"));
        }
        BigDecimal ratio = share(errors, "coFinancing.housingOrganisationMatchRatio",
                requested.housingOrganisationMatchRatio(), MAX_RATIO);
        BigDecimal local = share(errors, "coFinancing.minimumLocalShare", requested.minimumLocalShare(), BigDecimal.ONE);
        return new RoundFrame.CoFinancing(ratio, local);
    }

    private static RoundFrame.Reporting reporting(List<FieldError> errors, RoundFrameValue.Reporting requested) {
        if (requested == null) {
            errors.add(new FieldError("reporting", "is required"));
            return null;
        }
        boolean ok = whole(errors, "reporting.dueMonth", requested.dueMonth(), 1, 12)
                & whole(errors, "reporting.dueDay", requested.dueDay(), 1, 28)
                & whole(errors, "reporting.yearsAfter", requested.yearsAfter(), 0, 2);
        return ok ? new RoundFrame.Reporting(requested.dueMonth(), requested.dueDay(), requested.yearsAfter()) : null;
    }

    /** A ratio or share with at most four decimals, held at four (NUMERIC(7,4) and (5,4) in funding-service). */
    private static BigDecimal share(List<FieldError> errors, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            errors.add(new FieldError(field, "must be between 0 and " + max.toPlainString()));
            return null;
        }
        if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(field, "must have at most 4 decimals"));
            return null;
        }
        return value.setScale(4, RoundingMode.UNNECESSARY);
    }

    private static boolean whole(List<FieldError> errors, String field, Integer value, int min, int max) {
        if (value == null) {
            errors.add(new FieldError(field, "is required"));
            return false;
        }
        if (value < min || value > max) {
            errors.add(new FieldError(field, "must be between " + min + " and " + max));
            return false;
        }
        return true;
    }
}
