package dk.kk.boligsocial.plans.application;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import dk.kk.boligsocial.kit.web.JsonAnswer;
import dk.kk.boligsocial.plans.api.model.PlanResponse;
import dk.kk.boligsocial.plans.domain.Plan;
import dk.kk.boligsocial.plans.persistence.PlanRepository;
import dk.kk.boligsocial.plans.persistence.StoredAnswer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * A plan's answer to {@code GET /v1/plans/{id}}, kept ready as JSON in its row by every change and read back as it
 * is. Serialised with the application's {@link ObjectMapper}, so the kept JSON is byte for byte what Jackson would
 * write for the {@link PlanResponse}.
 */
@ApplicationScoped
public class PlanAnswers {

    private final ObjectWriter writer;
    // kept answers may hold fields a later build dropped: read them leniently
    private final ObjectReader reader;
    private final PlanRepository plans;

    public PlanAnswers(ObjectMapper mapper, PlanRepository plans) {
        this.writer = mapper.writerFor(PlanResponse.class);
        this.reader = mapper.readerFor(PlanResponse.class).without(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        this.plans = plans;
    }

    /**
     * Keeps the answer for the version the plan's changes give it. Call after the last change of the transaction
     * and before it is flushed; a plan changed after that is answered from its entity until its next change.
     */
    void keep(Plan plan) {
        long version = plan.versionAfterChange();
        plan.keepAnswer(json(PlanViews.plan(plan, version)), version);
    }

    /**
     * Keeps the answer of a plan that a statement of its own changed without a new version (funding's word on its
     * co-financing): rendered from the row as it is now.
     */
    void refresh(UUID planId) {
        Plan plan = plans.findById(planId);
        plans.keepAnswer(planId, plan.version(), json(PlanViews.plan(plan)));
    }

    /** The stored answer if it is the plan's current one. */
    static JsonAnswer ofCurrent(StoredAnswer stored) {
        return new JsonAnswer(stored.answer(), stored.version());
    }

    /** A kept answer read back (for a table of plans). */
    PlanResponse read(byte[] json) {
        try {
            return reader.readValue(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The plan's answer rendered from the entity (a plan whose kept answer is missing or older). */
    JsonAnswer render(Plan plan) {
        return new JsonAnswer(json(PlanViews.plan(plan)), plan.version());
    }

    private String json(PlanResponse response) {
        try {
            return writer.writeValueAsString(response);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
