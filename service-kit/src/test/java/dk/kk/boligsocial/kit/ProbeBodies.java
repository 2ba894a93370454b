package dk.kk.boligsocial.kit;

import java.util.UUID;

/** A valid probe body and ways to break it. */
final class ProbeBodies {

    static final String ORGANISATION = UUID.randomUUID().toString();

    private ProbeBodies() {
    }

    static String valid() {
        return valid("\"title\": \"Tingbjerg\"");
    }

    /** A valid body in which the first member is replaced by {@code titleMember}. */
    static String valid(String titleMember) {
        return """
                {%s,
                 "organisationId": "%s",
                 "kind": "SMALL",
                 "years": 4,
                 "periodStart": "2012-01-01",
                 "targetGroups": ["children", "young people"],
                 "budget": [
                   {"source": "LBF", "year": 2012, "amount": {"amount": 30000000.00, "currency": "DKK"}},
                   {"source": "MUNICIPALITY", "year": 2013, "amount": {"amount": 1500000.50, "currency": "DKK"}}
                 ]}""".formatted(titleMember, ORGANISATION);
    }

    /** The valid body with {@code from} replaced by {@code to} (which must occur). */
    static String replacing(String from, String to) {
        String body = valid();
        if (!body.contains(from)) {
            throw new IllegalArgumentException(from + " is not in the body");
        }
        return body.replace(from, to);
    }
}
