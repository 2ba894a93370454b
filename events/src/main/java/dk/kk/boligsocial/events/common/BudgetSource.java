package dk.kk.boligsocial.events.common;

/** Who pays a part of a plan's budget. */
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
