package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.ConflictException;
import dk.kk.boligsocial.kit.api.FieldError;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.TextRules;
import dk.kk.boligsocial.kit.audit.AuditTrail;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.time.Timestamps;
import dk.kk.boligsocial.kit.web.Cursor;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.model.HousingAreaRequest;
import dk.kk.boligsocial.plans.api.model.HousingAreaResponse;
import dk.kk.boligsocial.plans.api.model.HousingOrganisationRequest;
import dk.kk.boligsocial.plans.api.model.HousingOrganisationResponse;
import dk.kk.boligsocial.plans.domain.Cvr;
import dk.kk.boligsocial.plans.domain.HousingArea;
import dk.kk.boligsocial.plans.domain.HousingOrganisation;
import dk.kk.boligsocial.plans.persistence.HousingAreaRepository;
import dk.kk.boligsocial.plans.persistence.HousingOrganisationRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
    private final Timestamps timestamps;

    public HousingService(HousingOrganisationRepository organisations, HousingAreaRepository areas, AuditTrail audit,
            Caller caller, Timestamps timestamps) {
        this.organisations = organisations;
        this.areas = areas;
        this.audit = audit;
        this.caller = caller;
        this.timestamps = timestamps;
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
        HousingOrganisation organisation = new HousingOrganisation(request.name().strip(), new Cvr(request.cvr()),
                timestamps.now());
        organisations.persist(organisation);
        organisations.flush();
        audit.record("housing-organisation.created", "housing-organisation", organisation.id().toString(),
                organisation.version());
        return organisationView(organisation);
    }

    @Transactional
    public HousingOrganisationResponse organisation(UUID id) {
        return organisationView(caller.requireVisible(organisations.findByIdOptional(id), HousingOrganisation::id,
                "housing-organisation", id));
    }

    @Transactional
    public Page<HousingOrganisationResponse> organisations(PageRequest page) {
        return Page.fromLookahead(organisations.page(ownOrganisation().orElse(null), page), page,
                o -> new Cursor(o.createdAt(), o.id()), HousingService::organisationView);
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
                request.district().strip(), request.dwellings(), request.residents(), timestamps.now());
        areas.persist(area);
        areas.flush();
        audit.record("housing-area.created", "housing-area", area.id().toString(), area.version());
        return areaView(area);
    }

    @Transactional
    public HousingAreaResponse area(UUID id) {
        return areaView(caller.requireVisible(areas.findByIdOptional(id), HousingArea::housingOrganisationId,
                "housing-area", id));
    }

    @Transactional
    public Page<HousingAreaResponse> areas(UUID housingOrganisationId, PageRequest page) {
        return Page.fromLookahead(areas.page(housingOrganisationId, ownOrganisation().orElse(null), page), page,
                a -> new Cursor(a.createdAt(), a.id()), HousingService::areaView);
    }

    /** The organisation a housing-organisation caller is limited to in lists; empty for everybody else. */
    private Optional<UUID> ownOrganisation() {
        return caller.organisationId().filter(o -> caller.isHousingOrganisation());
    }

    private static HousingOrganisationResponse organisationView(HousingOrganisation o) {
        return new HousingOrganisationResponse(o.id(), o.name(), o.cvr(), o.version(), o.createdAt());
    }

    private static HousingAreaResponse areaView(HousingArea a) {
        return new HousingAreaResponse(a.id(), a.name(), a.housingOrganisationId(), a.district(), a.dwellings(),
                a.residents(), a.version(), a.createdAt());
    }
}
