package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kit.api.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a value may be, by the indicator's unit: the rule behind every baseline, target and measurement. */
class ValueScaleTest {

    private static final ValueScale PERCENT = new ValueScale(IndicatorUnit.PERCENT, null, null);
    private static final ValueScale COUNT = new ValueScale(IndicatorUnit.COUNT, null, null);
    private static final ValueScale DKK = new ValueScale(IndicatorUnit.DKK, null, null);
    private static final ValueScale SCORE_1_TO_5 = new ValueScale(IndicatorUnit.SCORE, new BigDecimal("1.00"),
            new BigDecimal("5.00"));

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.00", "45.5", "45.25", "99.99", "100", "100.00"})
    void aPercentageFrom0To100WithAtMostTwoDecimalsIsAccepted(String value) {
        assertAccepted(PERCENT, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-0.01", "-1", "100.01", "100.5", "101"})
    void aPercentageOutside0To100IsRefused(String value) {
        assertRefused(PERCENT, value, "is a percentage and must be between 0 and 100");
    }

    @Test
    void aPercentageWithThreeDecimalsIsRefused() {
        assertRefused(PERCENT, "45.125", "must have at most 2 decimals");
    }

    @Test
    void trailingZerosAreNoDecimals() {
        assertAccepted(PERCENT, "45.100000");
        assertAccepted(COUNT, "12.000");
        assertAccepted(DKK, "100.0000");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "1", "12", "9999999999999"})
    void aWholeCountOf0OrMoreIsAccepted(String value) {
        assertAccepted(COUNT, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.5", "0.01", "-0.5"})
    void aFractionalCountIsRefusedAsNotWhole(String value) {
        assertRefused(COUNT, value, "is a count and must be a whole number");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-2"})
    void aNegativeCountIsRefused(String value) {
        assertRefused(COUNT, value, "is a count and must be 0 or more");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.01", "450000.00", "9999999999999.99"})
    void kronerOf0OrMoreInWholeOreAreAccepted(String value) {
        assertAccepted(DKK, value);
    }

    @Test
    void negativeKronerAreRefused() {
        assertRefused(DKK, "-100.00", "is an amount in DKK and must be 0 or more");
        assertRefused(DKK, "-0.01", "is an amount in DKK and must be 0 or more");
    }

    @Test
    void kronerBelowAnOreAreRefused() {
        assertRefused(DKK, "100.005", "must have at most 2 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.00", "3.5", "4.75", "5", "5.00"})
    void aScoreWithinItsRangeIsAccepted(String value) {
        assertAccepted(SCORE_1_TO_5, value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.99", "0", "5.01", "6"})
    void aScoreOutsideItsRangeIsRefusedNamingTheRange(String value) {
        assertRefused(SCORE_1_TO_5, value, "is a score and must be between 1.00 and 5.00");
    }

    @Test
    void aScoreWithThreeDecimalsIsRefused() {
        assertRefused(SCORE_1_TO_5, "3.125", "must have at most 2 decimals");
    }

    @Test
    void aScoreRangeMayBeNegative() {
        ValueScale minusTwoToTwo = new ValueScale(IndicatorUnit.SCORE, new BigDecimal("-2"), new BigDecimal("2"));
        assertAccepted(minusTwoToTwo, "-2");
        assertAccepted(minusTwoToTwo, "-1.5");
        assertRefused(minusTwoToTwo, "-2.01", "is a score and must be between -2 and 2");
    }

    @Test
    void everyUnitRefusesThirteenDigitsBeforeThePointAndMore() {
        // NUMERIC(15,2) keeps 13 digits before the point: 10^13 does not fit, whatever the unit allows.
        for (ValueScale scale : List.of(PERCENT, COUNT, DKK, SCORE_1_TO_5)) {
            assertRefused(scale, "10000000000000", "must be less than 10^13");
        }
        assertAccepted(DKK, "9999999999999");
    }

    @Test
    void everyUnitRequiresAValue() {
        for (ValueScale scale : List.of(PERCENT, COUNT, DKK, SCORE_1_TO_5)) {
            List<FieldError> errors = new ArrayList<>();
            scale.check(errors, "value", null);
            assertEquals(List.of(new FieldError("value", "is required")), errors);
        }
    }

    @Test
    void theErrorNamesTheFieldItWasGiven() {
        List<FieldError> errors = new ArrayList<>();
        PERCENT.check(errors, "targets[2013].value", new BigDecimal("120"));
        assertEquals("targets[2013].value", errors.get(0).field());
    }

    @Test
    void oneValueBreaksOneRuleAtATime() {
        List<FieldError> errors = new ArrayList<>();
        PERCENT.check(errors, "value", new BigDecimal("-1.125"));
        assertEquals(1, errors.size(), "the range is reported, not also the decimals: " + errors);
    }

    private static void assertAccepted(ValueScale scale, String value) {
        List<FieldError> errors = new ArrayList<>();
        scale.check(errors, "value", new BigDecimal(value));
        assertTrue(errors.isEmpty(), value + " as " + scale.unit() + ": " + errors);
    }

    private static void assertRefused(ValueScale scale, String value, String message) {
        List<FieldError> errors = new ArrayList<>();
        scale.check(errors, "value", new BigDecimal(value));
        assertEquals(List.of(new FieldError("value", message)), errors, value + " as " + scale.unit());
    }
}
