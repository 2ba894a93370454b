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
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Portfolio reports, computed in SQL. A housing organisation's report covers its own plans only. The theme report of
 * a round is made again only when the round's theme report version moved (V13), as funding's round report is.
 */
@ApplicationScoped
public class ReportService {

    private static final UUID NO_ORGANISATION = new UUID(0, 0);

    /** Whose plans a report covers: a round's, or (organisation not null) one housing organisation's. */
    private record Scope(String roundId, UUID organisation) {
    }

    /** A theme report's rows as made at a version of the round. */
    private record Kept(long version, List<ThemeReportResponse.ThemeRow> rows) {
    }

    private final ProgressQueries progress;
    private final Caller caller;
    /** The rows of each scope's theme report: a few rounds a decade, each with dozens of organisations; never evicted. */
    private final ConcurrentMap<Scope, Kept> kept = new ConcurrentHashMap<>();

    public ReportService(ProgressQueries progress, Caller caller) {
        this.progress = progress;
        this.caller = caller;
    }

    /**
     * The round's version, then (only when it moved since the rows were made) the rows in one statement; no
     * transaction, each statement reads one consistent snapshot. A round without themes is one this service does not
     * know. With {@code withIndicators} also each catalogue indicator's roll-up per period and dimension value (two
     * statements more, every time).
     */
    public ThemeReportResponse themes(String roundId, boolean withIndicators) {
        if (roundId == null || roundId.isBlank()) {
            throw new InvalidInputException("roundId", "is required");
        }
        // A housing-organisation token without org_id sees no plans, like everywhere else.
        UUID organisation = caller.isHousingOrganisation() ? caller.organisationId().orElse(NO_ORGANISATION) : null;
        List<ThemeReportResponse.ThemeRow> rows = rows(new Scope(roundId, organisation));
        if (rows.isEmpty()) {
            throw new InvalidInputException("roundId", "no such round: " + roundId);
        }
        return new ThemeReportResponse(roundId, rows,
                withIndicators ? IndicatorRollUps.of(progress, roundId, organisation) : null);
    }

    private List<ThemeReportResponse.ThemeRow> rows(Scope scope) {
        // read first: rows made after it are at least as new as the version they are kept under
        Long version = progress.themeReportVersion(scope.roundId());
        Kept known = version == null ? null : kept.get(scope);
        if (known != null && known.version() == version) {
            return known.rows();
        }
        List<ThemeReportResponse.ThemeRow> rows = progress.themes(scope.roundId(), scope.organisation()).stream()
                .map(ReportService::row).toList();
        if (version != null && !rows.isEmpty()) {
            kept.put(scope, new Kept(version, rows));
        }
        return rows;
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
