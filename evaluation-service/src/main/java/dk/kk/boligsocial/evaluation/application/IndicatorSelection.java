package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.DropRequest;
import dk.kk.boligsocial.evaluation.api.model.FrameworkResponse;
import dk.kk.boligsocial.evaluation.api.model.IndicatorRequest;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorRequest;
import dk.kk.boligsocial.evaluation.api.model.PlanIndicatorResponse;
import dk.kk.boligsocial.evaluation.domain.Framework;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.IndicatorDefinition;
import dk.kk.boligsocial.evaluation.domain.PlanIndicator;
import dk.kk.boligsocial.evaluation.domain.PlanIndicatorDrop;
import dk.kk.boligsocial.evaluation.persistence.FrameworkRepository;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.MeasurementRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorDropRepository;
import dk.kk.boligsocial.evaluation.persistence.PlanIndicatorRepository;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.ExpectedVersion;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which indicators a plan follows: the catalogue indicators of its themes when it is granted, and then, while its
 * framework is ACTIVE, more from the catalogue, indicators of its own, and none it has dropped (with a reason, and
 * only while nothing was measured for it: a measured indicator's values stay in the history).
 */
@ApplicationScoped
public class IndicatorSelection {

    private final FrameworkRepository frameworks;
    private final PlanIndicatorRepository planIndicators;
    private final IndicatorRepository catalogue;
    private final MeasurementRepository measurements;
    private final PlanIndicatorDropRepository drops;
    private final ReadModels readModels;
    private final AuditTrail audit;
    private final Caller caller;
    private final Timestamps timestamps;

    public IndicatorSelection(FrameworkRepository frameworks, PlanIndicatorRepository planIndicators,
            IndicatorRepository catalogue, MeasurementRepository measurements, PlanIndicatorDropRepository drops,
            ReadModels readModels, AuditTrail audit, Caller caller, Timestamps timestamps) {
        this.frameworks = frameworks;
        this.planIndicators = planIndicators;
        this.catalogue = catalogue;
        this.measurements = measurements;
        this.drops = drops;
        this.readModels = readModels;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
    }

    /** Adds a catalogue indicator of the plan's themes, or the plan's own, at the end of the framework. */
    @Transactional
    public PlanIndicatorResponse add(UUID planId, PlanIndicatorRequest request) {
        Framework framework = openFramework(planId);
        List<FieldError> errors = new ArrayList<>();
        Indicator indicator = null;
        if ((request.indicatorId() == null) == (request.own() == null)) {
            errors.add(new FieldError("indicatorId", "give either indicatorId (from the catalogue) or own, not both"));
        } else if (request.indicatorId() != null) {
            indicator = catalogue.findByIdOptional(request.indicatorId())
                    .filter(i -> i.planId() == null && i.roundId().equals(framework.roundId())
                            && framework.themes().contains(i.theme()))
                    .orElse(null);
            if (indicator == null) {
                errors.add(new FieldError("indicatorId", "is not a catalogue indicator of the plan's round ("
                        + framework.roundId() + ") and themes " + framework.themes()));
            }
        } else {
            indicator = own(framework, request.own(), errors);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (planIndicators.find(planId, indicator.id()).isPresent()) {
            throw new ConflictException("The indicator " + indicator.code() + " is in the plan's framework already.",
                    Map.of("code", indicator.code()));
        }
        Instant now = timestamps.now();
        if (request.own() != null) {
            catalogue.persist(indicator);
            audit.record("indicator.created", "indicator", indicator.id().toString(), indicator.version());
        }
        PlanIndicator row = new PlanIndicator(planId, indicator.id(), planIndicators.nextPosition(planId), now);
        planIndicators.persist(row);
        planIndicators.flush();
        audit.record("indicator.added", "plan-indicator", row.id().toString(), row.version());
        UUID indicatorId = indicator.id();
        return readModels.progressChanged(planId).indicators().stream()
                .filter(i -> i.indicatorId().equals(indicatorId))
                .findFirst().orElseThrow();
    }

    /**
     * Drops an indicator from the plan's framework, keeping the reason for the framework to show.
     *
     * @throws ConflictException (409) if values were reported for it, or the framework is completed
     */
    @Transactional
    public FrameworkResponse drop(UUID planId, UUID indicatorId, ExpectedVersion expected, DropRequest request) {
        openFramework(planId);
        PlanIndicator row = planIndicators.findForUpdate(planId, indicatorId)
                .orElseThrow(() -> new ResourceNotFoundException(PlanIndicator.RESOURCE, indicatorId));
        expected.require(row.version());
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "reason", request.reason(), TextRules.MAX_LONG_TEXT);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        long values = measurements.count("planIndicatorId", row.id());
        if (values > 0) {
            throw new ConflictException("The indicator has " + values + " measurement(s) and stays in the framework;"
                    + " only an indicator without values can be dropped.", Map.of("measurements", values));
        }
        PlanIndicatorDrop drop = new PlanIndicatorDrop(planId, indicatorId, request.reason(), caller.subject(),
                timestamps.now());
        drops.persist(drop);
        planIndicators.delete(row);
        planIndicators.flush();
        audit.record("indicator.dropped", "plan-indicator", row.id().toString(), row.version(), null,
                new AuditTrail.Change(Map.of("indicatorId", indicatorId.toString()),
                        Map.of("reason", request.reason())));
        return readModels.progressChanged(planId);
    }

    // The framework may change its indicators while the plan runs; a completed plan's framework is final.
    private Framework openFramework(UUID planId) {
        Framework framework = caller.requireVisible(frameworks.findForUpdate(planId), Framework::housingOrganisationId,
                Framework.RESOURCE, planId);
        if (framework.status() != Framework.Status.ACTIVE) {
            throw new ConflictException("The plan's framework is " + framework.status() + "; its indicators are final.",
                    Map.of("currentStatus", framework.status().name()));
        }
        return framework;
    }

    private Indicator own(Framework framework, IndicatorRequest own, List<FieldError> errors) {
        IndicatorDefinition definition = new IndicatorDefinition(own.code(), own.roundId(), own.theme(), own.nameDa(),
                own.nameEn(), own.unit(), own.direction(), own.description(), own.scoreMin(), own.scoreMax(), own.kind(),
                own.reporting(), own.dimensions());
        List<FieldError> ownErrors = new ArrayList<>();
        // The plan's themes stand for its round's: its own indicator belongs to one of them.
        definition.check(ownErrors, framework.themes());
        if (!framework.roundId().equals(own.roundId())) {
            ownErrors.add(new FieldError("roundId", "must be the plan's round (" + framework.roundId() + ")"));
        }
        ownErrors.forEach(error -> errors.add(new FieldError("own." + error.field(), error.message())));
        if (!ownErrors.isEmpty()) {
            return null;
        }
        if (catalogue.codeExists(own.code())) {
            throw new ConflictException("An indicator with code " + own.code() + " exists already.",
                    Map.of("code", own.code()));
        }
        return new Indicator(definition, framework.planId(), timestamps.now());
    }
}
