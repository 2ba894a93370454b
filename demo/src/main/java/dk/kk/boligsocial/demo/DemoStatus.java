package dk.kk.boligsocial.demo;

import java.util.List;

/** Where a demo plan ends up; the lifecycle steps that lead there are {@link #path()}. */
enum DemoStatus {
    DRAFT, SUBMITTED, PREQUALIFIED, REJECTED, APPROVED, GRANTED, ACTIVE, COMPLETED, WITHDRAWN;

    private static final List<DemoStatus> MAIN_LINE = List.of(DRAFT, SUBMITTED, PREQUALIFIED, APPROVED, GRANTED, ACTIVE, COMPLETED);

    /** The statuses a plan passes through from DRAFT to this one, both included. */
    List<DemoStatus> path() {
        return switch (this) {
            case REJECTED -> List.of(DRAFT, SUBMITTED, REJECTED);
            // withdrawn after prequalification, so that the reservation is made and released again
            case WITHDRAWN -> List.of(DRAFT, SUBMITTED, PREQUALIFIED, WITHDRAWN);
            default -> MAIN_LINE.subList(0, MAIN_LINE.indexOf(this) + 1);
        };
    }

    /** Whether the pool carries the plan's municipal co-financing in this status. */
    boolean reachesPool() {
        return MAIN_LINE.indexOf(this) >= MAIN_LINE.indexOf(PREQUALIFIED);
    }

    boolean onMainLine() {
        return MAIN_LINE.contains(this);
    }

    boolean isGranted() {
        return MAIN_LINE.indexOf(this) >= MAIN_LINE.indexOf(GRANTED);
    }
}
