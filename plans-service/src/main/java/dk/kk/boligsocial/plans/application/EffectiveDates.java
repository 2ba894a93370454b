package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.plans.domain.Round;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The date a decision takes effect. Dates are Copenhagen's: the municipality's and LBF's calendar day, whatever the
 * server's time zone (a decision recorded at 00:30 in Copenhagen is dated that day, not the UTC day before).
 */
final class EffectiveDates {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private EffectiveDates() {
    }

    /** The calendar day {@code at} falls on in Copenhagen. */
    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, COPENHAGEN);
    }

    /**
     * @param given the date the caller gave, or {@code null} for the day of {@code now}
     * @return the date the decision takes effect
     * @throws InvalidInputException (400 naming {@code field}) for a date in the future or before the round opens
     */
    static LocalDate check(String field, LocalDate given, Instant now, Round round) {
        LocalDate today = dayOf(now);
        if (given == null) {
            return today;
        }
        if (given.isAfter(today)) {
            throw new InvalidInputException(List.of(new FieldError(field,
                    "must not be in the future (today is " + today + ")")));
        }
        if (round != null && round.opensOn() != null && given.isBefore(round.opensOn())) {
            throw new InvalidInputException(List.of(new FieldError(field,
                    "must not be before round " + round.id() + " opens (" + round.opensOn() + ")")));
        }
        return given;
    }
}
