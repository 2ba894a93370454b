package dk.kk.boligsocial.plans.application;

import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.ResourceNotFoundException;
import dk.kk.boligsocial.kit.web.Page;
import dk.kk.boligsocial.kit.web.PageRequest;
import dk.kk.boligsocial.plans.api.model.RoundResponse;
import dk.kk.boligsocial.plans.domain.Round;
import dk.kk.boligsocial.plans.persistence.RoundRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;

/** Funding rounds and their themes: read-only data, seeded with the round of the committee paper. */
@ApplicationScoped
public class RoundService {

    /** The shape of a round id ("2011-14"): what a cursor must decode to. */
    private static final Pattern ROUND_ID = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{0,31}");

    private final RoundRepository rounds;

    public RoundService(RoundRepository rounds) {
        this.rounds = rounds;
    }

    /** Rounds are ordered by id, so their cursor is the last id shown rather than a time-and-id position. */
    @Transactional
    public Page<RoundResponse> list(String limit, String cursor) {
        int size = PageRequest.of(limit, null).limit();
        List<Round> rows = rounds.page(cursor == null || cursor.isBlank() ? null : decode(cursor), size);
        boolean more = rows.size() > size;
        List<Round> shown = more ? rows.subList(0, size) : rows;
        return new Page<>(shown.stream().map(RoundService::view).toList(),
                more ? encode(shown.get(shown.size() - 1).id()) : null);
    }

    @Transactional
    public RoundResponse get(String id) {
        return rounds.findByIdOptional(id).map(RoundService::view)
                .orElseThrow(() -> new ResourceNotFoundException("round", id));
    }

    private static RoundResponse view(Round round) {
        return new RoundResponse(round.id(), round.name(), round.description(), round.maxPlanYears(), round.currency(),
                round.themes().stream()
                        .map(t -> new RoundResponse.ThemeValue(t.code(), t.nameDa(), t.nameEn(), t.description()))
                        .toList(),
                round.opensOn());
    }

    private static String encode(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(id.getBytes(StandardCharsets.UTF_8));
    }

    /** A cursor this service made holds a round id; anything else is not a cursor. */
    private static String decode(String cursor) {
        try {
            String id = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (ROUND_ID.matcher(id).matches()) {
                return id;
            }
        } catch (IllegalArgumentException e) {
            // reported below, like a well-encoded cursor that names no round id
        }
        throw new InvalidInputException(PageRequest.CURSOR, "is not a valid cursor; use the 'next' value of a previous page");
    }
}
