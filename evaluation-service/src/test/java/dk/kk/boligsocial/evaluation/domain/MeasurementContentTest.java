package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.UnprocessableException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What a measurement may say, by its indicator's kind, and when its breakdown adds up. */
class MeasurementContentTest {

    private static final UUID AREA = UUID.randomUUID();

    @Test
    void aRatioIsOneHundredTimesNumeratorOverDenominatorRoundedHalfUp() {
        List<FieldError> errors = new ArrayList<>();
        MeasurementContent content = MeasurementContent.check(indicator(IndicatorUnit.PERCENT, IndicatorKind.RATIO),
                List.of(AREA), null, new BigDecimal("1"), new BigDecimal("3"), null, null, errors);
        assertEquals(List.of(), errors);
        assertEquals(new BigDecimal("33.33"), content.value());

        MeasurementContent.check(indicator(IndicatorUnit.PERCENT, IndicatorKind.RATIO), List.of(AREA),
                new BigDecimal("33.34"), new BigDecimal("1"), new BigDecimal("3"), null, null, errors);
        assertEquals("value", errors.get(0).field());
    }

    @Test
    void theGendersOfACountMustAddUpToItWhileAPercentagesNeedNot() {
        List<BreakdownPart> parts = List.of(part(Dimension.GENDER, "FEMALE", "14"), part(Dimension.GENDER, "MALE", "14"),
                part(Dimension.HOUSING_AREA, AREA.toString(), "30"));
        Indicator count = indicator(IndicatorUnit.COUNT, IndicatorKind.VALUE);
        List<FieldError> errors = new ArrayList<>();
        MeasurementContent content = MeasurementContent.check(count, List.of(AREA), new BigDecimal("30"), null, null,
                null, parts, errors);
        assertEquals(List.of(), errors, "each part is valid on its own");
        UnprocessableException refused = assertThrows(UnprocessableException.class, () -> content.requireConsistent(count));
        assertEquals(422, refused.status());

        Indicator share = indicator(IndicatorUnit.PERCENT, IndicatorKind.VALUE);
        MeasurementContent.check(share, List.of(AREA), new BigDecimal("30"), null, null, null, parts, errors)
                .requireConsistent(share);
        assertEquals(List.of(), errors);
    }

    @Test
    void aQualitativeIndicatorTakesANarrativeAndNoNumber() {
        Indicator story = indicator(null, IndicatorKind.QUALITATIVE);
        List<FieldError> errors = new ArrayList<>();
        MeasurementContent.check(story, List.of(), new BigDecimal("1"), null, null, null, null, errors);
        assertEquals(List.of("narrative", "value"), errors.stream().map(FieldError::field).sorted().toList());
    }

    private static BreakdownPart part(Dimension dimension, String value, String amount) {
        return new BreakdownPart(dimension, value, new BigDecimal(amount), null, null);
    }

    private static Indicator indicator(IndicatorUnit unit, IndicatorKind kind) {
        return new Indicator(new IndicatorDefinition("TEST", "2011-14", "SUNDHED", "Test", "Test", unit,
                IndicatorDirection.HIGHER_IS_BETTER, "Test", null, null, kind, Reporting.PERIODIC,
                kind == IndicatorKind.QUALITATIVE ? List.of() : List.of(Dimension.GENDER, Dimension.HOUSING_AREA)),
                Instant.parse("2011-04-04T12:00:00Z"));
    }
}
