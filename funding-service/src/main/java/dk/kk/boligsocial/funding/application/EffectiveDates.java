package dk.kk.boligsocial.funding.application;

import dk.kk.boligsocial.funding.domain.LedgerEntry;
import dk.kk.boligsocial.funding.domain.LedgerKind;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The date a ledger entry takes effect: the Copenhagen calendar day of the plan decision that caused it
 * ({@code decision.decidedAt} of the plan event, "when the decision took effect": plans-service sets it to the
 * decision's {@code decidedOn}), or for a step over HTTP (an approval, a payment, an amendment) the day it names or
 * the day it is booked.
 */
final class EffectiveDates {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private EffectiveDates() {
    }

    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, COPENHAGEN);
    }

    /**
     * The day a step on a granted plan takes effect (an approval, a payment, an amendment): as given, or today;
     * never in the future, never before the plan's grant (its first commitment's effective day: nothing after the
     * grant can precede it), nor before {@code notBefore} if given (a payment not before its approval). 400 naming
     * the field otherwise.
     *
     * @param history the plan's ledger entries
     */
    static LocalDate within(String field, LocalDate given, Instant now, List<LedgerEntry> history,
            LocalDate notBefore) {
        LocalDate today = dayOf(now);
        LocalDate day = given == null ? today : given;
        Optional<LocalDate> granted = history.stream().filter(e -> e.kind() == LedgerKind.COMMITMENT)
                .map(LedgerEntry::effectiveOn).min(LocalDate::compareTo);
        String problem = null;
        if (day.isAfter(today)) {
            problem = "must not be in the future (today is " + today + ")";
        } else if (granted.isPresent() && day.isBefore(granted.get())) {
            problem = "must not be before the grant (" + granted.get() + ")";
        } else if (notBefore != null && day.isBefore(notBefore)) {
            problem = "must not be before the approval (" + notBefore + ")";
        }
        if (problem != null) {
            throw new InvalidInputException(List.of(new FieldError(field, problem)));
        }
        return day;
    }
}
