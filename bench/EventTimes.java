import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Event latency read from the events themselves, for bench/event-times.sh (run with the JDK's source launcher; no
 * build). EventLatency.java times a decision's effect by polling the other service, and at 50 decisions/s its polls
 * (hundreds to thousands of GETs a second on two cores) are most of the load it measures. This measures the same plans
 * after the run, adding no load while it ran: from the CloudEvents of the topics, dumped by kcat with
 * {@code -f '%T %h\n'} (the broker's timestamp in ms, then the headers).
 * <ul>
 *   <li><b>decision → effect</b>: the effect event's {@code ce_time} minus the decision event's {@code ce_time}.
 *   Both are stamped inside their transactions just before commit, so this is, within a millisecond or two, the
 *   time from the decision's commit in plans-service to the effect's commit (the moment it is readable) in the other
 *   service.</li>
 *   <li><b>relay</b>: the decision event's broker timestamp minus its {@code ce_time}: commit, outbox relay, broker.</li>
 *   <li><b>consume + react</b>: the effect's {@code ce_time} minus the decision event's broker timestamp: the
 *   consumer's fetch, the hand-over to its worker and the reaction's transaction.</li>
 * </ul>
 * Effects: for a prequalification the first {@code funding.*} event of the plan after it (reserved or refused); for a
 * grant {@code evaluation.framework-created}. Arguments: the plans file EventLatency wrote ({@code what|how|planId}),
 * then the dumps of boligsocial.plans, boligsocial.funding and boligsocial.evaluations. Prints one {@code TIMES} line
 * per measurement: {@code what|how|plans timed|no effect event|p50|p99|max of decision→effect|p50|p99 of relay|p50|p99
 * of consume+react} (ms).
 */
public class EventTimes {

    private static final Pattern HEADER = Pattern.compile("(ce_[a-z]+)=([^,]*)");

    record Event(long brokerMillis, String type, String subject, Instant time) {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 4) {
            throw new IllegalArgumentException("usage: EventTimes PLANS_FILE PLANS_DUMP FUNDING_DUMP EVALUATIONS_DUMP");
        }
        Map<String, List<String>> measurements = new LinkedHashMap<>();
        for (String line : Files.readAllLines(Path.of(args[0]))) {
            String[] parts = line.split("\\|");
            if (parts.length == 3) {
                measurements.computeIfAbsent(parts[0] + "|" + parts[1], k -> new ArrayList<>()).add(parts[2]);
            }
        }
        Map<String, List<Event>> plans = bySubject(args[1]);
        Map<String, List<Event>> funding = bySubject(args[2]);
        Map<String, List<Event>> evaluations = bySubject(args[3]);
        measurements.forEach((measurement, ids) -> {
            boolean grant = measurement.startsWith("grant");
            String causeType = grant ? "dk.kk.boligsocial.plan.granted.v1" : "dk.kk.boligsocial.plan.prequalified.v1";
            List<Double> total = new ArrayList<>();
            List<Double> relay = new ArrayList<>();
            List<Double> react = new ArrayList<>();
            int missing = 0;
            for (String id : ids) {
                Event cause = plans.getOrDefault(id, List.of()).stream().filter(e -> e.type().equals(causeType))
                        .findFirst().orElse(null);
                Event effect = cause == null ? null : (grant ? evaluations : funding).getOrDefault(id, List.of()).stream()
                        .filter(e -> grant ? e.type().equals("dk.kk.boligsocial.evaluation.framework-created.v1")
                                : e.type().startsWith("dk.kk.boligsocial.funding."))
                        .filter(e -> !e.time().isBefore(cause.time()))
                        .findFirst().orElse(null);
                if (effect == null) {
                    missing++;
                    continue;
                }
                total.add(millisBetween(cause.time(), effect.time()));
                relay.add(cause.brokerMillis() - micros(cause.time()) / 1000.0);
                react.add(micros(effect.time()) / 1000.0 - cause.brokerMillis());
            }
            System.out.printf(Locale.ROOT, "TIMES %s|%d|%d|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f|%.1f%n", measurement,
                    total.size(), missing, pct(total, 50), pct(total, 99), pct(total, 100), pct(relay, 50),
                    pct(relay, 99), pct(react, 50), pct(react, 99));
        });
    }

    /** Each subject's events in topic order (one partition per plan: its events are in order). */
    static Map<String, List<Event>> bySubject(String dump) throws Exception {
        Map<String, List<Event>> events = new HashMap<>();
        for (String line : Files.readAllLines(Path.of(dump))) {
            int space = line.indexOf(' ');
            if (space < 1) {
                continue;
            }
            Map<String, String> headers = new HashMap<>();
            Matcher m = HEADER.matcher(line.substring(space + 1));
            while (m.find()) {
                headers.put(m.group(1), m.group(2));
            }
            if (!headers.containsKey("ce_subject") || !headers.containsKey("ce_time")) {
                continue;
            }
            events.computeIfAbsent(headers.get("ce_subject"), k -> new ArrayList<>()).add(new Event(
                    Long.parseLong(line.substring(0, space)), headers.get("ce_type"), headers.get("ce_subject"),
                    Instant.parse(headers.get("ce_time"))));
        }
        return events;
    }

    static double millisBetween(Instant from, Instant to) {
        return (micros(to) - micros(from)) / 1000.0;
    }

    static long micros(Instant t) {
        return t.getEpochSecond() * 1_000_000 + t.getNano() / 1000;
    }

    static double pct(List<Double> values, int p) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
