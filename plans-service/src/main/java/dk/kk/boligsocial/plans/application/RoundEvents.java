package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.round.RoundDefinition;
import dk.kk.boligsocial.events.round.RoundOpenedV1;
import dk.kk.boligsocial.events.round.RoundRevisedV1;
import dk.kk.boligsocial.plans.domain.Round;
import dk.kk.boligsocial.plans.domain.RoundFrame;
import java.time.Instant;

/** The events that announce a round: the whole round as it now is, for funding-service and evaluation-service. */
final class RoundEvents {

    private RoundEvents() {
    }

    static RoundOpenedV1 opened(Round round, String actor, Instant at) {
        return new RoundOpenedV1(round.id(), (int) round.version(), at, actor, definition(round));
    }

    static RoundRevisedV1 revised(Round round, String actor, Instant at) {
        return new RoundRevisedV1(round.id(), (int) round.version(), at, actor, definition(round));
    }

    private static RoundDefinition definition(Round round) {
        RoundFrame frame = round.frame();
        return new RoundDefinition(round.name(), round.description(), round.maxPlanYears(), round.currency(),
                round.opensOn(), round.firstYear(), round.lastYear(),
                round.themes().stream().map(t -> new RoundDefinition.Theme(t.code(), t.position(), t.nameDa(),
                        t.nameEn(), t.description())).toList(),
                new RoundDefinition.Pool(frame.pool().name(), frame.pool().years().stream()
                        .map(y -> new RoundDefinition.PoolYear(y.year(), Money.dkk(y.capacity()))).toList()),
                new RoundDefinition.CoFinancing(frame.coFinancing().housingOrganisationMatchRatio(),
                        frame.coFinancing().minimumLocalShare()),
                new RoundDefinition.Reporting(frame.reporting().dueMonth(), frame.reporting().dueDay(),
                        frame.reporting().yearsAfter()));
    }
}
