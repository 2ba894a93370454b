package dk.kk.boligsocial.evaluation.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.domain.FrameworkView;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries;
import dk.kk.boligsocial.evaluation.persistence.FrameworkViewRepository;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Keeps a plan's two read models in step with its changes, in the transaction of the change: the framework's view
 * (the response document of GET framework) and its rows of the theme report ({@code theme_progress}). Reads then
 * cost one indexed lookup; a change costs a few statements more.
 *
 * <p>Every method first locks the plan's view row and only then reads what the models are built from: two changes
 * of one plan thereby rewrite the models one after the other, the later one seeing the earlier one committed, so
 * that no change is lost from a document. Use cases call it after their change is flushed and as their last read.
 */
@ApplicationScoped
public class ReadModels {

    private final FrameworkViewRepository views;
    private final FrameworkQueries queries;
    private final ProgressQueries progress;
    private final ObjectMapper json;

    public ReadModels(FrameworkViewRepository views, FrameworkQueries queries, ProgressQueries progress,
            ObjectMapper json) {
        this.views = views;
        this.queries = queries;
        this.progress = progress;
        this.json = json;
    }

    /** A new framework: its document from what the grant made (no reads), and its rows of the theme report. */
    void created(UUID planId, UUID housingOrganisationId, FrameworkResponse framework) {
        views.persist(new FrameworkView(planId, housingOrganisationId, toJson(framework)));
        views.flush();
        progress.refreshThemeProgress(planId);
    }

    /** After a change that shows in the framework and may move progress: a baseline, a target, an approval. */
    FrameworkResponse progressChanged(UUID planId) {
        FrameworkView view = locked(planId);
        progress.refreshThemeProgress(planId);
        return rewrite(view);
    }

    /** After a change that shows in the framework only: a period locked or unlocked, the framework completed. */
    FrameworkResponse frameworkChanged(UUID planId) {
        return rewrite(locked(planId));
    }

    /** After an evaluation was submitted: the ratings of the plan's latest one are in the theme report. */
    void ratingsChanged(UUID planId) {
        locked(planId);
        progress.refreshThemeProgress(planId);
    }

    /** The document of a framework older than the view, built once and kept. */
    @Transactional
    public String document(UUID planId) {
        FrameworkView view = locked(planId);
        if (view.document() == null) {
            rewrite(view);
        }
        return view.document();
    }

    private FrameworkView locked(UUID planId) {
        return views.findForUpdate(planId)
                .orElseThrow(() -> new IllegalStateException("plan " + planId + " has a framework but no view"));
    }

    private FrameworkResponse rewrite(FrameworkView view) {
        UUID planId = view.planId();
        FrameworkResponse framework = Views.framework(queries.framework(planId).orElseThrow(), queries.periods(planId),
                queries.indicators(planId), figures(planId), queries.dropped(planId));
        view.rewrite(toJson(framework));
        views.flush();
        return framework;
    }

    PlanFigures figures(UUID planId) {
        return new PlanFigures(queries.targets(planId), queries.targetParts(planId), progress.ofPlan(planId),
                progress.partsOfPlan(planId));
    }

    // The application's ObjectMapper, so that the stored document is byte for byte what the resource would write.
    private String toJson(FrameworkResponse framework) {
        try {
            return json.writeValueAsString(framework);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the framework of plan " + framework.planId(), e);
        }
    }
}
