package dk.kk.boligsocial.events;

import dk.kk.boligsocial.events.common.BudgetLine;
import dk.kk.boligsocial.events.common.BudgetSource;
import dk.kk.boligsocial.events.common.Money;
import dk.kk.boligsocial.events.funding.FundingCommittedV1;
import dk.kk.boligsocial.events.funding.FundingClosedOutV1;
import dk.kk.boligsocial.events.funding.FundingDisbursedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementApprovedV1;
import dk.kk.boligsocial.events.funding.FundingDisbursementCorrectedV1;
import dk.kk.boligsocial.events.funding.FundingGrantAmendedV1;
import dk.kk.boligsocial.events.funding.FundingEvent;
import dk.kk.boligsocial.events.funding.FundingReleasedV1;
import dk.kk.boligsocial.events.funding.FundingReservationAdjustedV1;
import dk.kk.boligsocial.events.funding.FundingReservationRefusedV1;
import dk.kk.boligsocial.events.funding.FundingReservedV1;
import dk.kk.boligsocial.events.funding.FundingRevisionRefusedV1;
import dk.kk.boligsocial.events.funding.RefusalReason;
import dk.kk.boligsocial.events.funding.RuleCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** The funding events of the sample plan of {@link Samples}, one per type. */
final class FundingSamples {

    static final UUID POOL = UUID.fromString("5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f");
    static final List<BudgetLine> MUNICIPAL = List.of(
            Samples.line(BudgetSource.MUNICIPALITY, 2012, "1333333.33"),
            Samples.line(BudgetSource.MUNICIPALITY, 2013, "1333333.34"));
    static final List<RuleCheck> RULES = List.of(
            new RuleCheck("HOUSING_ORGANISATION_MATCH", "Housing organisation co-financing at least 1.00 x municipal",
                    RuleCheck.RuleUnit.DKK, new BigDecimal("2666666.67"), new BigDecimal("2666666.67"),
                    RuleCheck.RuleOutcome.PASSED),
            new RuleCheck("MINIMUM_LOCAL_SHARE", "Local co-financing at least 25 % of the plan total",
                    RuleCheck.RuleUnit.SHARE, new BigDecimal("0.25"), new BigDecimal("0.4848"),
                    RuleCheck.RuleOutcome.PASSED));

    private FundingSamples() {
    }

    static FundingReservedV1 reserved() {
        return new FundingReservedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, "ef2b8c1e-0001", POOL,
                MUNICIPAL, Money.dkk("2666666.67"), RULES, Instant.parse("2011-06-15T12:00:01.5Z"),
                "9c1f3e7a2b4d6c8e0f1a3b5c7d9e1f2a4b6c8d0e2f4a6b8c0d2e4f6a8b0c2d4e");
    }

    static FundingReservationRefusedV1 refused() {
        return new FundingReservationRefusedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, "ef2b8c1e-0001",
                FundingReservationRefusedV1.RefusalStage.PREQUALIFICATION,
                List.of(new RefusalReason(RefusalReason.RefusalCode.POOL_EXHAUSTED, "2666666.67 requested, 100.00 available")),
                MUNICIPAL, RULES, Instant.parse("2011-06-15T12:00:01Z"));
    }

    static FundingCommittedV1 committed() {
        return new FundingCommittedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, "ef2b8c1e-0004",
                FundingCommittedV1.CommitmentBasis.RESERVATION, Samples.GRANTED, Money.dkk("2666666.67"),
                Money.dkk("2666666.67"), Instant.parse("2011-12-01T12:00:01Z"));
    }

    static FundingReleasedV1 released() {
        return new FundingReleasedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, "ef2b8c1e-0007",
                FundingReleasedV1.ReleaseCause.PLAN_WITHDRAWN, MUNICIPAL, Money.dkk("2666666.67"),
                Instant.parse("2011-09-01T10:00:01Z"));
    }

    static FundingDisbursedV1 disbursed() {
        return new FundingDisbursedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION,
                UUID.fromString("9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0"), BudgetSource.MUNICIPALITY, 2012,
                Money.dkk("250000"), "Udbetaling 1. kvartal 2012", Money.dkk("1083333.33"), "kommune-oekonomi",
                Instant.parse("2012-03-01T09:00:00Z"));
    }

    static FundingReservationAdjustedV1 adjusted() {
        return new FundingReservationAdjustedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, "ef2b8c1e-0009",
                POOL, 2, MUNICIPAL, List.of(new BudgetLine(BudgetSource.MUNICIPALITY, 2012, Money.dkk("800000"))),
                Money.dkk("800000"), RULES, Instant.parse("2011-09-12T10:00:01Z"));
    }

    static FundingRevisionRefusedV1 revisionRefused() {
        return new FundingRevisionRefusedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, "ef2b8c1e-0009", 3,
                List.of(new RefusalReason(RefusalReason.RefusalCode.YEAR_EXHAUSTED, "year 2012: 5000000.00 requested, 100.00 available")),
                List.of(new BudgetLine(BudgetSource.MUNICIPALITY, 2012, Money.dkk("5000000"))), MUNICIPAL,
                RULES, Instant.parse("2011-09-12T10:00:01Z"));
    }

    static FundingDisbursementApprovedV1 disbursementApproved() {
        return new FundingDisbursementApprovedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION,
                UUID.fromString("9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0"), BudgetSource.MUNICIPALITY, 2012,
                Money.dkk("250000"), "Udbetaling 1. kvartal 2012", "kommune-oekonomi", LocalDate.of(2012, 2, 20),
                Instant.parse("2012-02-20T10:00:00Z"));
    }

    static FundingDisbursementCorrectedV1 disbursementCorrected() {
        return new FundingDisbursementCorrectedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION,
                UUID.fromString("9e8d7c6b-5a49-4382-a716-f5e4d3c2b1a0"),
                UUID.fromString("1c2d3e4f-5a6b-4c7d-8e9f-0a1b2c3d4e5f"), BudgetSource.MUNICIPALITY, 2012,
                Money.dkk("250000"), "Betalt til forkert konto", Money.dkk("1000000"), "kommune-oekonomi",
                Instant.parse("2012-03-05T09:00:00Z"));
    }

    static FundingGrantAmendedV1 grantAmended() {
        return new FundingGrantAmendedV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION,
                UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"), "TMU 2013-01-07, pkt. 4", MUNICIPAL,
                List.of(new BudgetLine(BudgetSource.MUNICIPALITY, 2013, Money.dkk("2000000"))), Money.dkk("2000000"),
                RULES, "kommune-sagsbehandler", LocalDate.of(2013, 1, 7), Instant.parse("2013-01-10T09:00:00Z"));
    }

    static FundingClosedOutV1 closedOut() {
        return new FundingClosedOutV1(Samples.PLAN, Samples.ROUND, Samples.ORGANISATION, "ef2b8c1e-0011",
                FundingClosedOutV1.CloseOutCause.PLAN_COMPLETED,
                List.of(new BudgetLine(BudgetSource.MUNICIPALITY, 2014, Money.dkk("150000")),
                        new BudgetLine(BudgetSource.LBF, 2014, Money.dkk("90000.50"))),
                Money.dkk("150000"), Money.dkk("1850000"), Instant.parse("2015-01-15T10:00:01Z"));
    }

    static List<FundingEvent> fundingEvents() {
        return List.of(reserved(), refused(), committed(), released(), disbursed(), adjusted(), revisionRefused(),
                disbursementApproved(), disbursementCorrected(), grantAmended(), closedOut());
    }
}
