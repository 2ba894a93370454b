package dk.kk.boligsocial.plans.domain;

import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.HousingAreaRequest;
import dk.kk.boligsocial.plans.api.HousingAreaResponse;
import dk.kk.boligsocial.plans.api.HousingOrganisationRequest;
import dk.kk.boligsocial.plans.api.HousingOrganisationResponse;
import dk.kk.boligsocial.plans.persistence.HousingAreaRepository;
import dk.kk.boligsocial.plans.persistence.HousingOrganisationRepository;
import dk.kk.boligsocial.kit.persistence.KeysetQuery;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Housing organisations and their housing areas. A housing-organisation caller sees only its own
 * organisation and areas; others answer 404.
 */
@ApplicationScoped
public class HousingService {

    private final HousingOrganisationRepository organisations;
    private final HousingAreaRepository areas;
    private final AuditTrail audit;
    private final Caller caller;
    private final Clock clock;

    public HousingService(HousingOrganisationRepository organisations, HousingAreaRepository areas, AuditTrail audit,
            Caller caller, Clock clock) {
        this.organisations = organisations;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.clock = clock;
    }

    @Transactional
    public HousingOrganisationResponse createOrganisation(HousingOrganisationRequest request) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "name", request.name(), TextRules.MAX_TEXT);
        if (!Cvr.isValid(request.cvr())) {
            errors.add(new FieldError("cvr", "must be a valid CVR number: 8 digits passing the modulus-11 check"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        organisations.findByCvr(request.cvr()).ifPresent(existing -> {
            throw new ConflictException("A housing organisation with CVR " + request.cvr() + " exists already.",
                    Map.of("existingId", existing.id().toString()));
        });
        HousingOrganisation organisation = new HousingOrganisation(request.name().strip(), new Cvr(request.cvr()), now());
        organisations.persist(organisation);
        organisations.flush();
        audit.record("housing-organisation.created", "housing-organisation", organisation.id().toString(),
                organisation.version());
        return Views.organisation(organisation);
    }

    @Transactional
    public HousingOrganisationResponse organisation(UUID id) {
        return Views.organisation(visibleOrganisation(id));
    }

    @Transactional
    public Page<HousingOrganisationResponse> organisations(PageRequest page) {
        KeysetQuery query = keyset(page);
        caller.organisationId().filter(o -> caller.isHousingOrganisation())
                .ifPresent(own -> query.where("id = :own", "own", own));
        return Page.fromLookahead(organisations.page(query), page, o -> new Cursor(o.createdAt(), o.id()),
                Views::organisation);
    }

    @Transactional
    public HousingAreaResponse createArea(HousingAreaRequest request) {
        List<FieldError> errors = new ArrayList<>();
        TextRules.required(errors, "name", request.name(), TextRules.MAX_TEXT);
        TextRules.required(errors, "district", request.district(), TextRules.MAX_TEXT);
        TextRules.count(errors, "dwellings", request.dwellings());
        TextRules.count(errors, "residents", request.residents());
        if (request.housingOrganisationId() == null) {
            errors.add(new FieldError("housingOrganisationId", "is required"));
        } else if (!caller.mayAccessOrganisation(request.housingOrganisationId())
                || organisations.findById(request.housingOrganisationId()) == null) {
            errors.add(new FieldError("housingOrganisationId", "no such housing organisation"));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        HousingArea area = new HousingArea(request.housingOrganisationId(), request.name().strip(),
                request.district().strip(), request.dwellings(), request.residents(), now());
        areas.persist(area);
        areas.flush();
        audit.record("housing-area.created", "housing-area", area.id().toString(), area.version());
        return Views.area(area);
    }

    @Transactional
    public HousingAreaResponse area(UUID id) {
        HousingArea area = areas.findById(id);
        if (area == null || !caller.mayAccessOrganisation(area.housingOrganisationId())) {
            throw new ResourceNotFoundException("housing-area", id);
        }
        return Views.area(area);
    }

    @Transactional
    public Page<HousingAreaResponse> areas(UUID housingOrganisationId, PageRequest page) {
        KeysetQuery query = keyset(page);
        if (housingOrganisationId != null) {
            query.where("housingOrganisationId = :org", "org", housingOrganisationId);
        }
        caller.organisationId().filter(o -> caller.isHousingOrganisation())
                .ifPresent(own -> query.where("housingOrganisationId = :own", "own", own));
        return Page.fromLookahead(areas.page(query), page, a -> new Cursor(a.createdAt(), a.id()), Views::area);
    }

    private HousingOrganisation visibleOrganisation(UUID id) {
        HousingOrganisation organisation = organisations.findById(id);
        if (organisation == null || !caller.mayAccessOrganisation(id)) {
            throw new ResourceNotFoundException("housing-organisation", id);
        }
        return organisation;
    }

    private static KeysetQuery keyset(PageRequest page) {
        return KeysetQuery.by("createdAt", page);
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
