package dk.kk.boligsocial.messaging.relay;

/**
 * What one relay batch achieved.
 *
 * @param locked            rows the batch took (at most one per aggregate)
 * @param sent              rows acknowledged by the broker and deleted
 * @param failed            rows whose send failed; their attempts and last_error were updated
 * @param notAttempted      rows left alone because the broker was already known to be unreachable
 * @param error             the first failure, or {@code null}
 * @param unsettledProducer a send was still pending when the batch gave up waiting: the producer
 *                          must be replaced so that a late retry of it cannot land after a resend
 */
public record BatchResult(int locked, int sent, int failed, int notAttempted, String error,
                          boolean unsettledProducer) {

    static final BatchResult EMPTY = new BatchResult(0, 0, 0, 0, null, false);

    /** Nothing was sent although rows were waiting: the caller should back off. */
    public boolean stalled() {
        return sent == 0 && locked > 0;
    }
}
