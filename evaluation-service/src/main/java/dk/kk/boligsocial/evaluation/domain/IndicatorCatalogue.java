package dk.kk.boligsocial.evaluation.domain;

import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.evaluation.api.IndicatorRequest;
import dk.kk.boligsocial.evaluation.api.IndicatorResponse;
import dk.kk.boligsocial.evaluation.persistence.IndicatorRepository;
import dk.kk.boligsocial.evaluation.persistence.RoundThemes;
import dk.kk.boligsocial.events.evaluation.IndicatorUnit;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The indicator catalogue of each round's themes. Seeded by Flyway and extended by the municipality; a new
 * indicator becomes part of the frameworks of plans granted after it was added.
 */
@ApplicationScoped
public class IndicatorCatalogue {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");

    private final IndicatorRepository indicators;
    private final RoundThemes roundThemes;
    private final AuditTrail audit;
    private final Clock clock;

    public IndicatorCatalogue(IndicatorRepository indicators, RoundThemes roundThemes, AuditTrail audit, Clock clock) {
        this.indicators = indicators;
        this.roundThemes = roundThemes;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Page<IndicatorResponse> list(String roundId, String theme, PageRequest page) {
        KeysetQuery query = KeysetQuery.by("createdAt", page);
        if (roundId != null) {
            query.where("roundId = :round", "round", roundId);
        }
        if (theme != null) {
            query.where("theme = :theme", "theme", theme);
        }
        List<Indicator> rows = indicators.page(query);
        return Page.fromLookahead(rows, page, i -> new Cursor(i.createdAt(), i.id()), Views::indicator);
    }

    @Transactional
    public IndicatorResponse get(UUID id) {
        return indicators.findByIdOptional(id).map(Views::indicator)
                .orElseThrow(() -> new ResourceNotFoundException("indicator", id));
    }

    @Transactional
    public IndicatorResponse create(IndicatorRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.code() == null || !CODE.matcher(request.code()).matches()) {
            errors.add(new FieldError("code", "must be 1-64 capital letters, digits or _, starting with a letter"));
        }
        List<RoundThemes.Theme> themes = request.roundId() == null ? List.of() : roundThemes.of(request.roundId());
        if (themes.isEmpty()) {
            errors.add(new FieldError("roundId", "no such round: " + request.roundId()));
        } else if (request.theme() == null || themes.stream().noneMatch(t -> t.code().equals(request.theme()))) {
            errors.add(new FieldError("theme", "is not a theme of round " + request.roundId() + " ("
                    + String.join(", ", themes.stream().map(RoundThemes.Theme::code).toList()) + ")"));
        }
        TextRules.required(errors, "nameDa", request.nameDa(), TextRules.MAX_TEXT);
        TextRules.required(errors, "nameEn", request.nameEn(), TextRules.MAX_TEXT);
        TextRules.required(errors, "description", request.description(), TextRules.MAX_LONG_TEXT);
        if (request.unit() == null) {
            errors.add(new FieldError("unit", "is required (PERCENT, COUNT, DKK or SCORE)"));
        }
        if (request.direction() == null) {
            errors.add(new FieldError("direction", "is required (HIGHER_IS_BETTER or LOWER_IS_BETTER)"));
        }
        checkScoreRange(errors, request);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        if (indicators.codeExists(request.code())) {
            throw new ConflictException("An indicator with code " + request.code() + " exists already.",
                    Map.of("code", request.code()));
        }
        Indicator indicator = new Indicator(new IndicatorDefinition(request.code(), request.roundId(), request.theme(),
                request.nameDa(), request.nameEn(), request.unit(), request.direction(), request.description(),
                request.scoreMin(), request.scoreMax()), clock.instant().truncatedTo(ChronoUnit.MICROS));
        indicators.persist(indicator);
        indicators.flush();
        audit.record("indicator.created", "indicator", indicator.id().toString(), indicator.version());
        return Views.indicator(indicator);
    }

    private static void checkScoreRange(List<FieldError> errors, IndicatorRequest request) {
        BigDecimal min = request.scoreMin();
        BigDecimal max = request.scoreMax();
        if (request.unit() != IndicatorUnit.SCORE) {
            if (min != null) {
                errors.add(new FieldError("scoreMin", "is only allowed for SCORE indicators"));
            }
            if (max != null) {
                errors.add(new FieldError("scoreMax", "is only allowed for SCORE indicators"));
            }
            return;
        }
        if (min == null) {
            errors.add(new FieldError("scoreMin", "is required for a SCORE indicator"));
        }
        if (max == null) {
            errors.add(new FieldError("scoreMax", "is required for a SCORE indicator"));
        }
        for (Map.Entry<String, BigDecimal> bound : java.util.Arrays.asList(Map.entry("scoreMin", min == null ? BigDecimal.ZERO : min),
                Map.entry("scoreMax", max == null ? BigDecimal.ZERO : max))) {
            if (bound.getValue().stripTrailingZeros().scale() > 2 || bound.getValue().abs().compareTo(BigDecimal.valueOf(1_000_000)) > 0) {
                errors.add(new FieldError(bound.getKey(), "must have at most 2 decimals and lie within ±1000000"));
            }
        }
        if (min != null && max != null && min.compareTo(max) >= 0) {
            errors.add(new FieldError("scoreMax", "must be greater than scoreMin"));
        }
    }
}
