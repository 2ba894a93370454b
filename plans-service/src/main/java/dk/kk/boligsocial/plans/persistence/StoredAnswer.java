package dk.kk.boligsocial.plans.persistence;

import java.util.UUID;

/**
 * A plan's stored answer to {@code GET /v1/plans/{id}}: the owner for the organisation scoping, the plan's version
 * and the JSON kept for {@code answerVersion} as UTF-8 bytes, written out as read (both null before one was kept).
 */
public record StoredAnswer(UUID housingOrganisationId, long version, Long answerVersion, byte[] answer) {

    /** The kept answer is the plan's current one. */
    public boolean isCurrent() {
        return isCurrent(answer, answerVersion, version);
    }

    /** The one rule for serving a kept answer: there is one, and it was kept for the row's version. */
    static boolean isCurrent(Object answer, Long answerVersion, long version) {
        return answer != null && answerVersion != null && answerVersion == version;
    }
}
