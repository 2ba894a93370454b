package dk.kk.boligsocial.plans.domain;

/**
 * Who pays a part of a plan's budget. The same constants as the event contract's
 * {@code dk.kk.boligsocial.events.common.BudgetSource}, kept here so that the domain depends on no wire format.
 */
public enum BudgetSource {
    /** Landsbyggefonden, the national building fund that grants the plan (støttetilsagn). */
    LBF,
    /** The municipality's co-financing pool of the round (kommunal medfinansiering). */
    MUNICIPALITY,
    /** The lead housing organisation's own co-financing (boligorganisationens medfinansiering). */
    HOUSING_ORGANISATION,
    /** Any other contributor, e.g. foundations or other public programmes. */
    OTHER
}
