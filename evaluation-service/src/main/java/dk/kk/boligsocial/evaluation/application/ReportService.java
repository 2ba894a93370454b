package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.ThemeReportResponse;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.CsvTable;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Portfolio reports, computed in SQL. A housing organisation's report covers its own plans only. */
@ApplicationScoped
public class ReportService {

    private static final UUID NO_ORGANISATION = new UUID(0, 0);

    private final ProgressQueries progress;
    private final Caller caller;

    public ReportService(ProgressQueries progress, Caller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    /**
     * One statement, so no transaction: a round without themes is one this service does not know. With {@code
     * withIndicators} also each catalogue indicator's roll-up per period and dimension value (two statements more).
     */
    public ThemeReportResponse themes(String roundId, boolean withIndicators) {
        if (roundId == null || roundId.isBlank()) {
            throw new InvalidInputException("roundId", "is required");
        }
        // A housing-organisation token without org_id sees no plans, like everywhere else.
        UUID organisation = caller.isHousingOrganisation() ? caller.organisationId().orElse(NO_ORGANISATION) : null;
        List<ThemeReportResponse.ThemeRow> rows = progress.themes(roundId, organisation).stream()
                .map(ReportService::row).toList();
        if (rows.isEmpty()) {
            throw new InvalidInputException("roundId", "no such round: " + roundId);
        }
        return new ThemeReportResponse(roundId, rows,
                withIndicators ? IndicatorRollUps.of(progress, roundId, organisation) : null);
    }

    /** The report's indicators, rolled up per period and dimension value, as a spreadsheet. */
    public CsvTable table(String roundId) {
        return ThemeReportTable.of(themes(roundId, true));
    }

    private static ThemeReportResponse.ThemeRow row(ProgressQueries.ThemeRow r) {
        List<ThemeReportResponse.RatingCount> distribution = new ArrayList<>();
        for (int rating = 1; rating <= 5; rating++) {
            distribution.add(new ThemeReportResponse.RatingCount(rating, r.ratingCounts().get(rating - 1)));
        }
        return new ThemeReportResponse.ThemeRow(r.theme(), r.nameDa(), r.nameEn(), r.plans(), r.indicators(),
                r.onTrack(), r.offTrack(), r.noData(), r.averageProgress(),
                new ThemeReportResponse.LatestRatings(r.evaluations(), r.averageRating(), distribution));
    }
}
