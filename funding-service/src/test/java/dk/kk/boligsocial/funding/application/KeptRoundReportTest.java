package dk.kk.boligsocial.funding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import dk.kk.boligsocial.funding.api.model.RoundReport;
import dk.kk.boligsocial.funding.domain.BudgetSource;
import dk.kk.boligsocial.funding.domain.CoFinancingRule;
import dk.kk.boligsocial.funding.persistence.ReportRepository;
import dk.kk.boligsocial.funding.persistence.ReportRepository.RoundFigures;
import dk.kk.boligsocial.funding.persistence.ReportRepository.ScheduleSums;
import dk.kk.boligsocial.funding.persistence.ReportRepository.Volume;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Today's round report is kept while the round's version stays, but not into a new year: what is due but unpaid
 * depends on the year. The database's side (every change moves the version) is RoundReportFreshnessTest's; here the
 * figures come from a stand-in that counts how often the report's query would run.
 */
class KeptRoundReportTest {

    private static final String ROUND = "2011-14";

    /** The report's figures: 100,000.00 planned for 2026 and not paid. */
    private static final class Figures extends ReportRepository {
        long version = 7;
        int reads;

        Figures() {
            super(null, null);
        }

        @Override
        public Long version(String roundId) {
            return version;
        }

        @Override
        public RoundFigures round(String roundId) {
            reads++;
            Volume none = new Volume(0, BigDecimal.ZERO, BigDecimal.ZERO);
            return new RoundFigures(null, CoFinancingRule.none(roundId), List.of(), List.of(),
                    Map.of("COMMITTED", 1L), none, none, List.of(), List.of(new ScheduleSums(BudgetSource.MUNICIPALITY,
                            2026, new BigDecimal("100000.00"), BigDecimal.ZERO, BigDecimal.ZERO)));
        }
    }

    /** A clock that is moved by hand. */
    private static final class HandClock extends Clock {
        Instant now;

        HandClock(String instant) {
            now = Instant.parse(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void keptWhileTheVersionStaysMadeAgainWhenItMovesOrTheYearEnds() {
        Figures figures = new Figures();
        HandClock clock = new HandClock("2026-12-31T20:00:00Z");
        ReportService service = new ReportService(figures, null, null, clock);

        RoundReport first = service.round(ROUND, null);
        assertEquals(1, figures.reads);
        assertEquals(new BigDecimal("0.00"), first.dueButUnpaid().amount(), "2026 has not ended");

        clock.now = Instant.parse("2026-12-31T21:00:00Z");
        RoundReport again = service.round(ROUND, null);
        assertEquals(1, figures.reads, "same version, same year: the kept report");
        assertEquals(Instant.parse("2026-12-31T21:00:00Z"), again.generatedAt(), "made now, all the same");
        assertEquals(first.madeAt(again.generatedAt()), again);

        figures.version = 9;
        assertNotSame(again, service.round(ROUND, null));
        assertEquals(2, figures.reads, "the round changed: made again");

        // 23:30 UTC on New Year's Eve is 00:30 on New Year's Day in Copenhagen: 2026 has ended there
        clock.now = Instant.parse("2026-12-31T23:30:00Z");
        RoundReport newYear = service.round(ROUND, null);
        assertEquals(3, figures.reads, "a new year: made again");
        assertEquals(new BigDecimal("100000.00"), newYear.dueButUnpaid().amount(), "2026's planned money is now due");
    }
}
