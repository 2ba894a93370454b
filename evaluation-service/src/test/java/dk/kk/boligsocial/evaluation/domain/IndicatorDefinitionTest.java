package dk.kk.boligsocial.evaluation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dk.kk.boligsocial.kit.api.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the municipality may add to the catalogue. */
class IndicatorDefinitionTest {

    private static final List<String> THEMES_2011_14 = List.of("BOERN_UNGE_FAMILIER", "SUNDHED");

    @Test
    void aCompleteCountIndicatorOfAKnownThemeIsAccepted() {
        assertEquals(List.of(), errorsOf(count("YOUTH_IN_HOMEWORK_CAFES")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"A", "YOUTH_2", "Y_"})
    void codesOfCapitalsDigitsAndUnderscoreStartingWithALetterAreAccepted(String code) {
        assertEquals(List.of(), errorsOf(count(code)));
    }

    @Test
    void aCodeOf64CharactersIsTheLongest() {
        assertEquals(List.of(), errorsOf(count("A".repeat(64))));
        assertEquals(List.of(codeError()), errorsOf(count("A".repeat(65))));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "youth", "2YOUTH", "_YOUTH", "YOUTH-CAFES", "YOUTH CAFES", "ÆBLER"})
    void otherCodesAreRefused(String code) {
        assertEquals(List.of(codeError()), errorsOf(count(code)));
    }

    @Test
    void anUnknownRoundIsRefused() {
        IndicatorDefinition definition = count("YOUTH");
        List<FieldError> errors = new ArrayList<>();
        definition.check(errors, List.of());
        assertEquals(List.of(new FieldError("roundId", "no such round: 2011-14")), errors);
    }

    @Test
    void aThemeOfAnotherRoundIsRefusedListingTheRoundsThemes() {
        IndicatorDefinition definition = new IndicatorDefinition("YOUTH", "2011-14", "BESKAEFTIGELSE", "Unge", "Youth",
                IndicatorUnit.COUNT, IndicatorDirection.HIGHER_IS_BETTER, "Antal unge.", null, null);
        assertEquals(List.of(new FieldError("theme", "is not a theme of round 2011-14 (BOERN_UNGE_FAMILIER, SUNDHED)")),
                errorsOf(definition));
    }

    @Test
    void everyMissingFieldIsNamed() {
        IndicatorDefinition empty = new IndicatorDefinition(null, "2011-14", null, null, " ", null, null, null, null,
                null);
        assertEquals(List.of(
                codeError(),
                new FieldError("theme", "is not a theme of round 2011-14 (BOERN_UNGE_FAMILIER, SUNDHED)"),
                new FieldError("nameDa", "must not be blank"),
                new FieldError("nameEn", "must not be blank"),
                new FieldError("description", "must not be blank"),
                new FieldError("unit", "is required (PERCENT, COUNT, DKK or SCORE)"),
                new FieldError("direction", "is required (HIGHER_IS_BETTER or LOWER_IS_BETTER)")), errorsOf(empty));
    }

    @Test
    void aScoreIndicatorNeedsItsRange() {
        assertEquals(List.of(), errorsOf(score("1", "5")));
        assertEquals(List.of(new FieldError("scoreMin", "is required for a SCORE indicator"),
                new FieldError("scoreMax", "is required for a SCORE indicator")), errorsOf(score(null, null)));
    }

    @Test
    void aScoreRangeMustRiseAndStayWithinAMillionWithTwoDecimals() {
        assertEquals(List.of(new FieldError("scoreMax", "must be greater than scoreMin")), errorsOf(score("5", "5")));
        assertEquals(List.of(new FieldError("scoreMax", "must be greater than scoreMin")), errorsOf(score("5", "1")));
        assertEquals(List.of(), errorsOf(score("-1000000", "1000000")));
        assertEquals(List.of(new FieldError("scoreMin", "must have at most 2 decimals and lie within ±1000000")),
                errorsOf(score("-1000000.01", "5")));
        assertEquals(List.of(new FieldError("scoreMax", "must have at most 2 decimals and lie within ±1000000")),
                errorsOf(score("1", "4.125")));
    }

    @Test
    void onlyAScoreIndicatorHasARange() {
        IndicatorDefinition percent = new IndicatorDefinition("SHARE", "2011-14", "SUNDHED", "Andel", "Share",
                IndicatorUnit.PERCENT, IndicatorDirection.HIGHER_IS_BETTER, "Andel.", BigDecimal.ONE, BigDecimal.TEN);
        assertEquals(List.of(new FieldError("scoreMin", "is only allowed for SCORE indicators"),
                new FieldError("scoreMax", "is only allowed for SCORE indicators")), errorsOf(percent));
    }

    @Test
    void theScaleOfAnIndicatorFollowsItsDefinition() {
        Indicator indicator = new Indicator(score("1", "5"), java.time.Instant.EPOCH);
        assertEquals(new ValueScale(IndicatorUnit.SCORE, new BigDecimal("1"), new BigDecimal("5")), indicator.scale());
    }

    private static FieldError codeError() {
        return new FieldError("code", "must be 1-64 capital letters, digits or _, starting with a letter");
    }

    private static IndicatorDefinition count(String code) {
        return new IndicatorDefinition(code, "2011-14", "BOERN_UNGE_FAMILIER", "Unge i lektiecaféer",
                "Young people in homework cafés", IndicatorUnit.COUNT, IndicatorDirection.HIGHER_IS_BETTER,
                "Antal unge, der jævnligt kommer i områdets lektiecaféer.", null, null);
    }

    private static IndicatorDefinition score(String min, String max) {
        return new IndicatorDefinition("WELLBEING", "2011-14", "SUNDHED", "Trivsel", "Well-being", IndicatorUnit.SCORE,
                IndicatorDirection.HIGHER_IS_BETTER, "Selvvurderet trivsel.", min == null ? null : new BigDecimal(min),
                max == null ? null : new BigDecimal(max));
    }

    private static List<FieldError> errorsOf(IndicatorDefinition definition) {
        List<FieldError> errors = new ArrayList<>();
        definition.check(errors, THEMES_2011_14);
        return errors;
    }
}
