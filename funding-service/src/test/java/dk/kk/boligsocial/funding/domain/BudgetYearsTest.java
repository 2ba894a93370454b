package dk.kk.boligsocial.funding.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dk.kk.boligsocial.kit.api.FieldError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BudgetYearsTest {

    private static List<FieldError> check(Integer year) {
        List<FieldError> errors = new ArrayList<>();
        BudgetYears.check(errors, "years[0].year", year);
        return errors;
    }

    @ParameterizedTest
    @ValueSource(ints = {2000, 2012, 2100})
    void yearsFrom2000To2100AreAccepted(int year) {
        assertTrue(check(year).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(ints = {1999, 2101, 0, -2012})
    void yearsOutsideTheSpanAreRefusedNamingTheField(int year) {
        assertEquals(List.of(new FieldError("years[0].year", "must be between 2000 and 2100")), check(year));
    }

    @Test
    void aMissingYearIsRequired() {
        assertEquals(List.of(new FieldError("years[0].year", "is required")), check(null));
    }

    @Test
    void errorsAreAddedToThoseAlreadyFound() {
        List<FieldError> errors = new ArrayList<>(List.of(new FieldError("name", "is required")));
        BudgetYears.check(errors, "year", 1999);
        assertEquals(2, errors.size());
    }
}
