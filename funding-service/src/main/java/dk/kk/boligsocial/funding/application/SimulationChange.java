package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.api.model.BudgetLineValue;
import dk.kk.boligsocial.funding.api.model.SimulationRequest;
import dk.kk.boligsocial.funding.api.model.SimulationRequest.SimulatedChangeType;
import dk.kk.boligsocial.funding.domain.BudgetLine;
import dk.kk.boligsocial.funding.domain.BudgetYears;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.MoneyRules;
import dk.kk.boligsocial.kit.api.MoneyValue;
import dk.kk.boligsocial.kit.api.TextRules;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * One change of a simulation, checked field by field: what its type needs is there and valid, amounts are money.
 * Every broken field of every change is named at once ({@code changes[3].amount.amount}); nothing is simulated then.
 */
record SimulationChange(SimulatedChangeType type, UUID planId, String title, UUID housingOrganisationId,
        List<BudgetLine> budget, Integer fromYear, Integer toYear, BigDecimal amount, Integer year,
        BigDecimal capacity, BigDecimal housingOrganisationMatchRatio, BigDecimal minimumLocalShare) {

    static final int MAX_BUDGET_LINES = SimulationRequest.MAX_BUDGET_LINES;
    private static final BigDecimal MAX_RATIO = new BigDecimal("100");

    /** @throws InvalidInputException (400) naming every broken field */
    static List<SimulationChange> validated(SimulationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        List<SimulationChange> changes = new ArrayList<>();
        if (request == null || request.changes() == null || request.changes().isEmpty()) {
            errors.add(new FieldError("changes", "is required: 1-" + SimulationRequest.MAX_CHANGES + " changes"));
        } else if (TextRules.withinCap(errors, "changes", request.changes(), SimulationRequest.MAX_CHANGES)) {
            for (int i = 0; i < request.changes().size(); i++) {
                SimulationChange change = of(errors, "changes[" + i + "]", request.changes().get(i));
                if (change != null) {
                    changes.add(change);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return changes;
    }

    private static SimulationChange of(List<FieldError> errors, String field, SimulationRequest.SimulatedChange c) {
        if (c == null) {
            errors.add(new FieldError(field, "must not be null"));
            return null;
        }
        if (c.type() == null) {
            errors.add(new FieldError(field + ".type", "is required: one of " + List.of(SimulatedChangeType.values())));
            return null;
        }
        int before = errors.size();
        List<BudgetLine> budget = null;
        BigDecimal amount = null;
        BigDecimal capacity = null;
        switch (c.type()) {
            case ADD_PLAN -> {
                budget = budget(errors, field + ".budget", c.budget(), true);
                if (c.title() != null && (c.title().isBlank() || c.title().length() > 200)) {
                    errors.add(new FieldError(field + ".title", "must be 1-200 characters"));
                }
            }
            case PREQUALIFY, WITHDRAW -> planId(errors, field, c.planId());
            case GRANT -> {
                planId(errors, field, c.planId());
                budget = c.budget() == null ? null : budget(errors, field + ".budget", c.budget(), true);
            }
            case MOVE_MUNICIPAL -> {
                planId(errors, field, c.planId());
                BudgetYears.check(errors, field + ".fromYear", c.fromYear());
                BudgetYears.check(errors, field + ".toYear", c.toYear());
                if (c.fromYear() != null && c.fromYear().equals(c.toYear())) {
                    errors.add(new FieldError(field + ".toYear", "must differ from fromYear"));
                }
                amount = MoneyRules.check(errors, field + ".amount", c.amount(), MoneyValue.DKK);
            }
            case SET_RULES -> {
                share(errors, field + ".housingOrganisationMatchRatio", c.housingOrganisationMatchRatio(), MAX_RATIO);
                share(errors, field + ".minimumLocalShare", c.minimumLocalShare(), BigDecimal.ONE);
            }
            case SET_YEAR_CAPACITY -> {
                BudgetYears.check(errors, field + ".year", c.year());
                capacity = MoneyRules.check(errors, field + ".capacity", c.capacity(), MoneyValue.DKK);
            }
            case SET_CAPACITY -> capacity = MoneyRules.check(errors, field + ".capacity", c.capacity(), MoneyValue.DKK);
            default -> throw new IllegalStateException("a change type without rules: " + c.type());
        }
        if (errors.size() != before) {
            return null;
        }
        return new SimulationChange(c.type(), c.planId(), c.title() == null ? null : c.title().strip(),
                c.housingOrganisationId(), budget, c.fromYear(), c.toYear(), amount, c.year(), capacity,
                c.housingOrganisationMatchRatio(), c.minimumLocalShare());
    }

    private static void planId(List<FieldError> errors, String field, UUID planId) {
        if (planId == null) {
            errors.add(new FieldError(field + ".planId", "is required"));
        }
    }

    private static List<BudgetLine> budget(List<FieldError> errors, String field, List<BudgetLineValue> lines,
            boolean required) {
        List<BudgetLine> budget = new ArrayList<>();
        if (lines == null || lines.isEmpty()) {
            if (required) {
                errors.add(new FieldError(field, "is required: at least one line"));
            }
            return budget;
        }
        if (!TextRules.withinCap(errors, field, lines, MAX_BUDGET_LINES)) {
            return budget;
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            String at = field + "[" + i + "]";
            BudgetLineValue line = lines.get(i);
            if (line == null) {
                errors.add(new FieldError(at, "must not be null"));
                continue;
            }
            int before = errors.size();
            if (line.source() == null) {
                errors.add(new FieldError(at + ".source", "is required"));
            }
            BudgetYears.check(errors, at + ".year", line.year());
            BigDecimal amount = MoneyRules.check(errors, at + ".amount", line.amount(), MoneyValue.DKK);
            if (line.source() != null && !seen.add(line.source() + ":" + line.year())) {
                errors.add(new FieldError(at, "a second line for " + line.source() + " " + line.year()));
            }
            if (errors.size() == before) {
                budget.add(new BudgetLine(line.source(), line.year(), amount));
            }
        }
        return budget;
    }

    private static void share(List<FieldError> errors, String field, BigDecimal value, BigDecimal max) {
        if (value == null) {
            return;
        }
        if (value.signum() < 0 || value.compareTo(max) > 0) {
            errors.add(new FieldError(field, "must be between 0 and " + max.toPlainString()));
        } else if (value.stripTrailingZeros().scale() > 4) {
            errors.add(new FieldError(field, "must have at most 4 decimals"));
        }
    }
}
