package dk.kk.boligsocial.funding.api.model;

import dk.kk.boligsocial.kit.api.MoneyValue;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Hypothetical changes to a pool, applied in order by the same code as real decisions, in a"
        + " transaction that is always rolled back: nothing is written and no event is sent.")
public record SimulationRequest(
        @Schema(description = "1-" + SimulationRequest.MAX_CHANGES + " changes, applied in this order",
                minItems = 1, maxItems = SimulationRequest.MAX_CHANGES)
        List<SimulatedChange> changes) {

    public static final int MAX_CHANGES = 100;
    public static final int MAX_BUDGET_LINES = 40;

    public enum SimulatedChangeType {
        /** A new plan, prequalified with its budget (a reservation, as on plan.prequalified). */
        ADD_PLAN,
        /** A plan funding refused before, prequalified again with its budget (as on plan.revised). */
        PREQUALIFY,
        /** A plan granted with its budget, or with {@code budget} as the granted one (as on plan.granted). */
        GRANT,
        /** A plan withdrawn: its reservation back to the pool (as on plan.withdrawn). */
        WITHDRAW,
        /**
         * {@code amount} of a plan's municipal co-financing moved from {@code fromYear} to {@code toYear}: a reserved
         * or refused plan's as a revision (plan.revised), a granted plan's as an amendment.
         */
        MOVE_MUNICIPAL,
        /** The round's co-financing rules set to these (a null parameter switches its rule off). */
        SET_RULES,
        /** The pool's capacity for {@code year} set to {@code capacity} (a year it had none for is added). */
        SET_YEAR_CAPACITY,
        /** The pool's total capacity set to {@code capacity}. */
        SET_CAPACITY
    }

    @Schema(description = "One change; which fields it takes depends on its type (see the API guide)",
            requiredProperties = "type")
    public record SimulatedChange(
            SimulatedChangeType type,
            @Schema(description = "The plan (PREQUALIFY, GRANT, WITHDRAW, MOVE_MUNICIPAL: one funding knows or one"
                    + " added earlier in the simulation; ADD_PLAN: optional id for the new plan)", nullable = true)
            UUID planId,
            @Schema(description = "ADD_PLAN: the new plan's title (default \"Simulated plan n\")", nullable = true)
            String title,
            @Schema(description = "ADD_PLAN: its housing organisation (default a new one)", nullable = true)
            UUID housingOrganisationId,
            @Schema(description = "ADD_PLAN: its requested budget (required); GRANT: the granted budget (default the"
                    + " plan's budget); at most " + SimulationRequest.MAX_BUDGET_LINES + " lines", nullable = true,
                    maxItems = SimulationRequest.MAX_BUDGET_LINES)
            List<BudgetLineValue> budget,
            @Schema(nullable = true, example = "2012") Integer fromYear,
            @Schema(nullable = true, example = "2013") Integer toYear,
            @Schema(description = "MOVE_MUNICIPAL: how much", nullable = true) MoneyValue amount,
            @Schema(description = "SET_YEAR_CAPACITY: the year", nullable = true, example = "2013") Integer year,
            @Schema(description = "SET_YEAR_CAPACITY, SET_CAPACITY: the new capacity", nullable = true)
            MoneyValue capacity,
            @Schema(description = "SET_RULES", nullable = true, example = "1.5") BigDecimal housingOrganisationMatchRatio,
            @Schema(description = "SET_RULES", nullable = true, example = "0.25") BigDecimal minimumLocalShare) {
    }
}
