package dk.kk.boligsocial.messaging.consumer;

import dk.kk.boligsocial.events.round.RoundOpenedV1;

/** The round event of {@link EventBoundaryTest}, for the library's other tests. */
public final class EventBoundaryRounds {

    private EventBoundaryRounds() {
    }

    public static RoundOpenedV1 opened() {
        return EventBoundaryTest.roundOpened();
    }
}
