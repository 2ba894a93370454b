package dk.kk.boligsocial.funding.domain;

/** Where a disbursement of the schedule stands; it only moves forward. */
public enum DisbursementStatus {
    /** Planned for a source and year; no money has moved. */
    PLANNED,
    /** Approved for payment by the municipality; no money has moved. */
    APPROVED,
    /** Paid: its DISBURSEMENT ledger entry is booked. */
    PAID,
    /** Paid, and the payment was reversed by a DISBURSEMENT_REVERSAL entry; a right payment is a new disbursement. */
    CORRECTED,
    /** Planned or approved, never paid, and the plan's money was closed out: it will not be paid. */
    CANCELLED
}
