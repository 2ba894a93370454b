package dk.kk.boligsocial.events;

/**
 * Kafka record headers of a CloudEvents 1.0 event in binary content mode: the attributes travel
 * as {@code ce_*} headers and the record value is the bare JSON payload.
 */
public interface CloudEventHeaders {

    /** Unique event id; consumers deduplicate on it. */
    String CE_ID = "ce_id";

    /** Versioned event type, one of {@link EventType#type()}. */
    String CE_TYPE = "ce_type";

    /** URI reference of the producing service, e.g. {@code /plans-service}; each topic has one ({@link Topics#sourceOf}). */
    String CE_SOURCE = "ce_source";

    /** When the state change happened, RFC 3339 in UTC. */
    String CE_TIME = "ce_time";

    /** The aggregate id the event is about (for plan events the plan id, also the record key). */
    String CE_SUBJECT = "ce_subject";

    String CE_SPECVERSION = "ce_specversion";

    /** The only CloudEvents spec version used. */
    String SPECVERSION = "1.0";

    /** Binary mode carries the data content type in the protocol's own header, not as ce_datacontenttype. */
    String CONTENT_TYPE = "content-type";

    String APPLICATION_JSON = "application/json";

    /** W3C Trace Context, propagated from the request that caused the event. */
    String TRACEPARENT = "traceparent";
}
