package dk.kk.boligsocial.evaluation.domain;

import java.util.List;
import java.util.UUID;

/**
 * A breakdown of an indicator's values. Age groups and genders are fixed lists, with UNKNOWN for people not known to
 * be in one, so that the parts of a count can always add up to its total; the housing areas are the plan's own
 * (from its grant).
 */
public enum Dimension {
    AGE_GROUP, GENDER, HOUSING_AREA;

    public static final List<String> AGE_GROUPS = List.of("0-12", "13-17", "18-24", "25+", "UNKNOWN");
    public static final List<String> GENDERS = List.of("FEMALE", "MALE", "UNKNOWN");

    /** The values this dimension takes in a plan covering {@code housingAreaIds}. */
    public List<String> values(List<UUID> housingAreaIds) {
        return switch (this) {
            case AGE_GROUP -> AGE_GROUPS;
            case GENDER -> GENDERS;
            case HOUSING_AREA -> housingAreaIds.stream().map(UUID::toString).toList();
        };
    }
}
