package dk.kk.boligsocial.testkit.corpus;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One request of the bad-input corpus. {@code path} and {@code query} are already percent-encoded; {@code headers}
 * replace the operation's baseline headers of the same name, and a header whose value is null is left out.
 * {@code mustBeRefused} marks requests no service may accept (a wrong type, a control character, malformed JSON...):
 * a 2xx answer to one of them is a finding of its own.
 */
record CorpusRequest(Operation operation, String variant, String path, String query, Map<String, String> headers,
                     byte[] body, String contentType, boolean mustBeRefused) {

    String describe() {
        String shown = path + (query.isEmpty() ? "" : "?" + query);
        if (shown.length() > 160) {
            shown = shown.substring(0, 160) + "…(" + shown.length() + " chars)";
        }
        return operation.key() + " [" + variant + "] " + operation.method() + " " + shown;
    }

    CorpusRequest withHeader(String name, String value) {
        Map<String, String> changed = new LinkedHashMap<>(headers);
        changed.put(name, value);
        return new CorpusRequest(operation, variant, path, query, changed, body, contentType, mustBeRefused);
    }
}
