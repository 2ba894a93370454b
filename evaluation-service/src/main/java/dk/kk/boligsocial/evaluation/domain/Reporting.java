package dk.kk.boligsocial.evaluation.domain;

/**
 * How a period's value relates to earlier ones: PERIODIC, it stands for that period alone (e.g. reported crimes in
 * the year); CUMULATIVE, it is what the period added and the period's actual is the running total since the plan
 * began (e.g. residents who have started a business), which progress and roll-ups then compare with the target.
 */
public enum Reporting {
    PERIODIC, CUMULATIVE
}
