package dk.kk.boligsocial.evaluation.application;

import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.persistence.FrameworkQueries;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.FrameworkViewRepository;
import dk.kk.boligsocial.evaluation.persistence.FrameworkViewRepository.KeptDocument;
import dk.kk.boligsocial.evaluation.persistence.ProgressQueries;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.CsvTable;
import java.io.IOException;
import java.io.UncheckedIOException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A plan's framework as the caller may see it: its periods and indicators with their progress. */
@ApplicationScoped
public class FrameworkReader {

    private final FrameworkViewRepository views;
    private final FrameworkRepository frameworks;
    private final FrameworkQueries queries;
    private final ProgressQueries progress;
    private final ReadModels readModels;
    private final Caller caller;
    private final ObjectMapper json;

    public FrameworkReader(FrameworkViewRepository views, FrameworkRepository frameworks, FrameworkQueries queries,
            ProgressQueries progress, ReadModels readModels, Caller caller, ObjectMapper json) {
        this.json = json;
        this.views = views;
        this.frameworks = frameworks;
        this.queries = queries;
        this.progress = progress;
        this.readModels = readModels;
        this.caller = caller;
    }

    /**
     * The framework's JSON document, as kept by {@link ReadModels}: one row by its key, so no transaction either.
     * A 404 for a plan without a framework or of another organisation.
     */
    public byte[] get(UUID planId) {
        KeptDocument view = caller.requireVisible(views.document(planId), KeptDocument::housingOrganisationId,
                Framework.RESOURCE, planId);
        return view.document() != null ? view.document() : readModels.document(planId).getBytes(StandardCharsets.UTF_8);
    }

    /** The framework as a spreadsheet, from the same kept document as {@link #get}, so both always agree. */
    public CsvTable table(UUID planId) {
        try {
            return FrameworkTable.of(json.readValue(get(planId), FrameworkResponse.class));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the kept framework of plan " + planId, e);
        }
    }

    @Transactional
    public PlanIndicatorResponse indicator(UUID planId, UUID indicatorId) {
        caller.requireVisible(frameworks.findByIdOptional(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        return Views.planIndicator(queries.indicator(planId, indicatorId)
                        .orElseThrow(() -> new ResourceNotFoundException(PlanIndicator.RESOURCE, indicatorId)),
                readModels.figures(planId));
    }
}
