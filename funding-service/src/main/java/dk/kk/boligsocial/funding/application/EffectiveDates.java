package dk.kk.boligsocial.funding.application;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The date a ledger entry takes effect: the Copenhagen calendar day of the plan decision that caused it
 * ({@code decision.decidedAt} of the plan event, "when the decision took effect": plans-service sets it to the
 * decision's {@code decidedOn}), or for a disbursement the day it is booked.
 */
final class EffectiveDates {

    static final ZoneId COPENHAGEN = ZoneId.of("Europe/Copenhagen");

    private EffectiveDates() {
    }

    static LocalDate dayOf(Instant at) {
        return LocalDate.ofInstant(at, COPENHAGEN);
    }
}
