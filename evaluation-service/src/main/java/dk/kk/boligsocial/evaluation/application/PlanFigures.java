package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.TargetPartRow;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries.TargetRow;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PartRow;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries.PeriodProgress;
import java.util.List;

/** A plan's targets and approved actuals, with their breakdowns: what its indicators' progress is made of. */
record PlanFigures(List<TargetRow> targets, List<TargetPartRow> targetParts, List<PeriodProgress> progress,
        List<PartRow> parts) {

    /** A new framework's: nothing set or measured yet. */
    static PlanFigures none() {
        return new PlanFigures(List.of(), List.of(), List.of(), List.of());
    }
}
