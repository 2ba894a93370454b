package dk.kk.boligsocial.evaluation.domain;

/**
 * What a value of an indicator is: a number in its unit (VALUE); a percentage reported as numerator and denominator
 * (RATIO, unit PERCENT), so that roll-ups across plans weigh each by its denominator; or no number but a narrative
 * per period (QUALITATIVE, no unit).
 */
public enum IndicatorKind {
    VALUE, RATIO, QUALITATIVE
}
