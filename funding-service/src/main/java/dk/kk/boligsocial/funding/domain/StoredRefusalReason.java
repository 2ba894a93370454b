package dk.kk.boligsocial.funding.domain;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A refusal reason as kept with the plan. */
@Embeddable
public class StoredRefusalReason {

    @Enumerated(EnumType.STRING)
    private RefusalReason.RefusalCode code;
    private String message;

    protected StoredRefusalReason() {
    }

    public StoredRefusalReason(RefusalReason reason) {
        this.code = reason.code();
        this.message = reason.message();
    }

    public RefusalReason toReason() {
        return new RefusalReason(code, message);
    }
}
