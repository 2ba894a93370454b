package dk.kk.boligsocial.events;

import java.util.regex.Pattern;

/**
 * What an event's aggregate id ({@code ce_subject} and Kafka record key) looks like: a plan's UUID for the events of
 * plans, their funding and their evaluation, a round's id ({@code 2015-18}) for the events of rounds. Producers check
 * the id they key an event with, consumers the {@code ce_subject} they receive, against the form of the event's type.
 */
public enum EventSubject {

    /** A plan id: a UUID in its canonical lower-case form, as {@code UUID.toString()} writes it. */
    PLAN_ID("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", "a plan id (UUID)"),
    /** A round id: the first year in full and the last one's two last digits, e.g. {@code 2011-14}. */
    ROUND_ID("[0-9]{4}-[0-9]{2}", "a round id (yyyy-yy, e.g. 2015-18)");

    private final Pattern pattern;
    private final String description;

    EventSubject(String regex, String description) {
        this.pattern = Pattern.compile(regex);
        this.description = description;
    }

    /** The regular expression of the form, for schemas and messages. */
    public String regex() {
        return pattern.pattern();
    }

    /** Whether the id has this form; {@code null} never has. */
    public boolean matches(String aggregateId) {
        return aggregateId != null && pattern.matcher(aggregateId).matches();
    }

    /** For messages: "a round id (yyyy-yy, e.g. 2015-18)". */
    public String description() {
        return description;
    }
}
