package dk.kk.boligsocial.evaluation.domain;

/**
 * The unit an indicator is measured in, which fixes what a value may be ({@link ValueScale}): a percentage 0-100, a
 * whole count of 0 or more, an amount of Danish kroner of 0 or more with at most two decimals, or a score within
 * the indicator's declared range.
 */
public enum IndicatorUnit { PERCENT, COUNT, DKK, SCORE }
