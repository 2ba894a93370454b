package dk.kk.boligsocial.evaluation.application;

import dk.kk.boligsocial.evaluation.api.model.IndicatorRequest;
import dk.kk.boligsocial.evaluation.api.model.IndicatorResponse;
import dk.kk.boligsocial.evaluation.domain.Indicator;
import dk.kk.boligsocial.evaluation.domain.IndicatorDefinition;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.RoundThemes;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The indicator catalogue of each round's themes. Seeded by Flyway and extended by the municipality; a new
 * indicator becomes part of the frameworks of plans granted after it was added.
 */
@ApplicationScoped
public class IndicatorCatalogue {

    private final IndicatorRepository indicators;
    private final RoundThemes roundThemes;
    private final AuditTrail audit;
    private final Timestamps timestamps;

    public IndicatorCatalogue(IndicatorRepository indicators, RoundThemes roundThemes, AuditTrail audit,
            Timestamps timestamps) {
        this.indicators = indicators;
        this.roundThemes = roundThemes;
        this.audit = audit;
        this.timestamps = timestamps;
    }

    // Reads of one statement each run without a transaction: there is nothing to keep consistent, and a transaction
    // would cost its begin and commit round trips.
    public Page<IndicatorResponse> list(String roundId, String theme, PageRequest page) {
        // Plans' own indicators are theirs, not the catalogue's. KeysetQuery takes conditions with a parameter: the nil
        // UUID is no plan's id, so this keeps exactly the catalogue's.
        KeysetQuery query = KeysetQuery.by("createdAt", page).where("(planId is null or planId = :noPlan)", "noPlan",
                new UUID(0, 0));
        if (roundId != null) {
            query.where("roundId = :round", "round", roundId);
        }
        if (theme != null) {
            query.where("theme = :theme", "theme", theme);
        }
        List<Indicator> rows = indicators.page(query);
        return Page.fromLookahead(rows, page, i -> new Cursor(i.createdAt(), i.id()), Views::indicator);
    }

    public IndicatorResponse get(UUID id) {
        return indicators.findByIdOptional(id).filter(indicator -> indicator.planId() == null).map(Views::indicator)
                .orElseThrow(() -> new ResourceNotFoundException("indicator", id));
    }

    @Transactional
    public IndicatorResponse create(IndicatorRequest request) {
        IndicatorDefinition definition = new IndicatorDefinition(request.code(), request.roundId(), request.theme(),
                request.nameDa(), request.nameEn(), request.unit(), request.direction(), request.description(),
                request.scoreMin(), request.scoreMax(), request.kind(), request.reporting(), request.dimensions());
        List<FieldError> errors = new ArrayList<>();
        definition.check(errors, themeCodes(request.roundId()));
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (indicators.codeExists(request.code())) {
            throw new ConflictException("An indicator with code " + request.code() + " exists already.",
                    Map.of("code", request.code()));
        }
        Indicator indicator = new Indicator(definition, timestamps.now());
        indicators.persist(indicator);
        indicators.flush();
        audit.record("indicator.created", "indicator", indicator.id().toString(), indicator.version());
        return Views.indicator(indicator);
    }

    private List<String> themeCodes(String roundId) {
        return roundId == null ? List.of() : roundThemes.of(roundId).stream().map(RoundThemes.Theme::code).toList();
    }
}
