package dk.kk.boligsocial.events;

import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Decision;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.plan.PlanActivatedV1;
import dk.kk.boligsocial.events.plan.PlanApprovedV1;
import dk.kk.boligsocial.events.plan.PlanCompletedV1;
import dk.kk.boligsocial.events.plan.PlanEvent;
import dk.kk.boligsocial.events.plan.PlanGrantedV1;
import dk.kk.boligsocial.events.plan.PlanPrequalifiedV1;
import dk.kk.boligsocial.events.plan.PlanRejectedV1;
import dk.kk.boligsocial.events.plan.PlanRevisedV1;
import dk.kk.boligsocial.events.plan.PlanStatus;
import dk.kk.boligsocial.events.plan.PlanSubmittedV1;
import dk.kk.boligsocial.events.plan.PlanWithdrawnV1;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** One plan of the 2011-14 round through its whole lifecycle, one event per type. */
final class Samples {

    static final UUID PLAN = UUID.fromString("3f2b8c1e-5a4d-4e7f-9b6c-0d1e2f3a4b5c");
    static final UUID ORGANISATION = UUID.fromString("8a7b6c5d-4e3f-4a2b-9c1d-0e9f8a7b6c5d");
    static final String ROUND = "2011-14";
    static final String TITLE = "Helhedsplan Tingbjerg 2012-2015";
    static final List<UUID> AREAS = List.of(
            UUID.fromString("c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f"),
            UUID.fromString("d2e3f4a5-b6c7-4d8e-9f0a-1b2c3d4e5f60"));
    static final List<String> THEMES = List.of("BOERN_UNGE_FAMILIER", "BESKAEFTIGELSE_OG_UDDANNELSE");
    static final LocalDate START = LocalDate.of(2012, 1, 1);
    static final LocalDate END = LocalDate.of(2015, 12, 31);

    static final List<BudgetLine> REQUESTED = List.of(
            line(BudgetSource.LBF, 2012, "3000000.00"),
            line(BudgetSource.LBF, 2013, "3000000.00"),
            line(BudgetSource.MUNICIPALITY, 2012, "1333333.33"),
            line(BudgetSource.MUNICIPALITY, 2013, "1333333.34"),
            line(BudgetSource.HOUSING_ORGANISATION, 2012, "1333333.33"),
            line(BudgetSource.HOUSING_ORGANISATION, 2013, "1333333.34"),
            line(BudgetSource.OTHER, 2014, "250000"));

    static final List<BudgetLine> GRANTED = List.of(
            line(BudgetSource.LBF, 2012, "2750000.50"),
            line(BudgetSource.LBF, 2013, "2749999.50"),
            line(BudgetSource.MUNICIPALITY, 2012, "1333333.33"),
            line(BudgetSource.MUNICIPALITY, 2013, "1333333.34"),
            line(BudgetSource.HOUSING_ORGANISATION, 2012, "1333333.33"),
            line(BudgetSource.HOUSING_ORGANISATION, 2013, "1333333.34"),
            line(BudgetSource.OTHER, 2014, "250000"));

    private Samples() {
    }

    static BudgetLine line(BudgetSource source, int year, String amount) {
        return new BudgetLine(source, year, Money.dkk(amount));
    }

    static Decision decision(String actor, String at, String reference, String reason) {
        return new Decision(actor, Instant.parse(at), reference, reason);
    }

    static PlanSubmittedV1 submitted() {
        return new PlanSubmittedV1(PLAN, ROUND, ORGANISATION, TITLE,
                "Teknik- og Miljøforvaltningen anbefaler ansøgningen.",
                decision("kommune-sagsbehandler", "2011-05-02T09:00:00Z", "2011-22288", null));
    }

    static PlanPrequalifiedV1 prequalified() {
        return new PlanPrequalifiedV1(PLAN, TITLE, ROUND, ORGANISATION, AREAS, THEMES, START, END, REQUESTED,
                decision("lbf-sagsbehandler", "2011-06-15T12:00:00.123456789Z", "LBF 2011-118", null));
    }

    static PlanRejectedV1 rejected() {
        return new PlanRejectedV1(PLAN, ROUND, ORGANISATION,
                decision("lbf-sagsbehandler", "2011-06-15T12:00:00Z", "LBF 2011-117",
                        "Området opfylder ikke kriterierne for prækvalifikation."));
    }

    static PlanApprovedV1 approved() {
        return new PlanApprovedV1(PLAN, ROUND, ORGANISATION, "Teknik- og Miljøudvalget", LocalDate.of(2011, 11, 7),
                decision("kommune-sagsbehandler", "2011-11-08T08:30:00Z", "2011-22288", null));
    }

    static PlanGrantedV1 granted() {
        return new PlanGrantedV1(PLAN, TITLE, ROUND, ORGANISATION, AREAS, THEMES, START, END, REQUESTED,
                Money.dkk("5500000"), GRANTED,
                decision("lbf-sagsbehandler", "2011-12-01T12:00:00Z", "LBF 2011-118", null));
    }

    static PlanActivatedV1 activated() {
        return new PlanActivatedV1(PLAN, ROUND, ORGANISATION,
                decision("kommune-sagsbehandler", "2012-01-02T08:00:00Z", null, null));
    }

    static PlanCompletedV1 completed() {
        return new PlanCompletedV1(PLAN, ROUND, ORGANISATION,
                decision("kommune-sagsbehandler", "2015-12-31T15:00:00Z", null, null));
    }

    static PlanWithdrawnV1 withdrawn() {
        return new PlanWithdrawnV1(PLAN, ROUND, ORGANISATION, PlanStatus.PREQUALIFIED,
                decision("boligorganisation-bruger", "2011-09-01T10:00:00Z", null,
                        "Afdelingsmødet har ikke godkendt helhedsplanen."));
    }

    static PlanRevisedV1 revised() {
        return new PlanRevisedV1(PLAN, TITLE, ROUND, ORGANISATION, AREAS, THEMES, START, END, REQUESTED, 2,
                PlanStatus.PREQUALIFIED, decision("kommune-sagsbehandler", "2011-09-12T10:00:00Z", null, null));
    }

    /** One sample per plan event type. */
    static List<PlanEvent> planEvents() {
        return List.of(submitted(), prequalified(), rejected(), approved(), granted(), activated(), completed(),
                withdrawn(), revised());
    }
}
