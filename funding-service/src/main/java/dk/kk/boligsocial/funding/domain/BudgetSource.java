package dk.kk.boligsocial.funding.domain;

/**
 * Who pays a part of a plan's budget. The same four sources as the events' {@code BudgetSource}, kept here so the
 * domain does not depend on the wire format; {@code FundingEvents} translates between the two.
 */
public enum BudgetSource {
    /** Landsbyggefonden, the national building fund that grants the plan (støttetilsagn). */
    LBF,
    /** The municipality's co-financing, booked against the round's pool. */
    MUNICIPALITY,
    /** The lead housing organisation's own co-financing. */
    HOUSING_ORGANISATION,
    /** Any other contributor. */
    OTHER
}
