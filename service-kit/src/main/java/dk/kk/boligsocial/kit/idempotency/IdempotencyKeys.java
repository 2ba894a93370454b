package dk.kk.boligsocial.kit.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dk.kk.boligsocial.kit.api.InvalidInputException;
import dk.kk.boligsocial.kit.api.UnprocessableException;
import dk.kk.boligsocial.kit.security.Caller;
import dk.kk.boligsocial.kit.web.ETags;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} for POSTs that create or move money: the first successful answer is stored, with a hash of
 * the request body, in the same transaction as the effect; a replay with the same key and body gets that answer again
 * (status, body, {@code Location}, {@code ETag}, plus {@value IdempotentAnswer#REPLAYED_HEADER}) and the effect does
 * not run again; the same key with a different body answers 422. Keys are scoped by caller (the token's subject) and
 * endpoint (method and concrete path).
 *
 * <pre>{@code
 * @POST @Path("/{planId}/disbursements")
 * public Response disburse(@PathParam("planId") UUID planId, @HeaderParam(IdempotencyKeys.HEADER) String key,
 *                          @Valid @NotNull DisbursementRequest body, @Context UriInfo uri) {
 *     return idempotency.once(key, "POST " + uri.getPath(), body, () -> {
 *         DisbursementResponse d = disbursements.disburse(planId, body);      // @Transactional: joins
 *         return Outcome.created(d, uri.getAbsolutePathBuilder().path(d.id().toString()).build(), d.version());
 *     }).toResponse();
 * }
 * }</pre>
 *
 * <p>Failures (4xx/5xx) are not stored: the effect rolled back with them, so a retry with the same key runs again and
 * answers whatever the state then allows. Without a key (header absent) the effect simply runs.
 * The table comes from the kit's migration {@code db/kit/V0.2.2__idempotency_key.sql}.
 */
@ApplicationScoped
public class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    public static final int MAX_LENGTH = 255;

    private static final Pattern VISIBLE_ASCII = Pattern.compile("[\\x21-\\x7e]+");

    private static final String CLAIM = """
            INSERT INTO idempotency_key (caller, endpoint, idempotency_key, request_hash) VALUES (?, ?, ?, ?)
            ON CONFLICT (caller, endpoint, idempotency_key) DO NOTHING""";
    private static final String FIND = """
            SELECT request_hash, status, body, location, etag FROM idempotency_key
            WHERE caller = ? AND endpoint = ? AND idempotency_key = ?""";
    private static final String COMPLETE = """
            UPDATE idempotency_key SET status = ?, body = ?, location = ?, etag = ?
            WHERE caller = ? AND endpoint = ? AND idempotency_key = ?""";

    private final AgroalDataSource dataSource;
    private final Caller caller;
    private final ObjectMapper objectMapper;

    public IdempotencyKeys(AgroalDataSource dataSource, Caller caller, ObjectMapper objectMapper) {
        this.dataSource = dataSource;
        this.caller = caller;
        this.objectMapper = objectMapper;
    }

    /**
     * Runs {@code effect} once per caller, endpoint and key, in one transaction with the stored answer.
     *
     * @param key      the {@code Idempotency-Key} header; {@code null} runs the effect without replay protection
     * @param endpoint method and concrete path, e.g. {@code POST /v1/plans/3f2b.../disbursements}
     * @param request  the parsed request body, hashed to tell a replay from a different request
     * @param effect   the effect; it joins this transaction
     * @throws InvalidInputException  (400) for a blank, over-long or non-ASCII key
     * @throws UnprocessableException (422) when the key was used with a different body
     */
    @Transactional
    public IdempotentAnswer once(String key, String endpoint, Object request, Supplier<Outcome> effect) {
        if (key == null) {
            return answer(effect.get(), false);
        }
        requireWellFormed(key);
        String subject = caller.subject();
        String hash = hash(request);
        try (Connection connection = dataSource.getConnection()) {
            if (!claim(connection, subject, endpoint, key, hash)) {
                return replay(connection, subject, endpoint, key, hash);
            }
            IdempotentAnswer answer = answer(effect.get(), false);
            complete(connection, subject, endpoint, key, answer);
            return answer;
        } catch (SQLException e) {
            throw new IllegalStateException("could not use the idempotency key of " + endpoint, e);
        }
    }

    private static void requireWellFormed(String key) {
        if (key.isEmpty() || key.length() > MAX_LENGTH || !VISIBLE_ASCII.matcher(key).matches()) {
            throw new InvalidInputException(HEADER, "must be 1 to " + MAX_LENGTH + " visible ASCII characters, e.g. a UUID");
        }
    }

    // A concurrent request holding an uncommitted claim on the same key makes this insert wait for its outcome:
    // committed, we replay its answer; rolled back, our insert goes through and we run the effect ourselves.
    private static boolean claim(Connection connection, String subject, String endpoint, String key, String hash)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(CLAIM)) {
            insert.setString(1, subject);
            insert.setString(2, endpoint);
            insert.setString(3, key);
            insert.setString(4, hash);
            return insert.executeUpdate() == 1;
        }
    }

    private static IdempotentAnswer replay(Connection connection, String subject, String endpoint, String key, String hash)
            throws SQLException {
        try (PreparedStatement find = connection.prepareStatement(FIND)) {
            find.setString(1, subject);
            find.setString(2, endpoint);
            find.setString(3, key);
            try (ResultSet row = find.executeQuery()) {
                if (!row.next() || row.getString("body") == null) {
                    throw new IllegalStateException("idempotency key of " + endpoint + " is claimed but has no answer");
                }
                if (!hash.equals(row.getString("request_hash"))) {
                    throw new UnprocessableException("This Idempotency-Key was already used for a different request"
                            + " body on this endpoint; use a new key for a new request.", null,
                            Map.of("idempotencyKey", key));
                }
                return new IdempotentAnswer(row.getInt("status"), row.getString("body"), row.getString("location"),
                        row.getString("etag"), true);
            }
        }
    }

    private static void complete(Connection connection, String subject, String endpoint, String key, IdempotentAnswer answer)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(COMPLETE)) {
            update.setInt(1, answer.status());
            update.setString(2, answer.body());
            update.setString(3, answer.location());
            update.setString(4, answer.etag());
            update.setString(5, subject);
            update.setString(6, endpoint);
            update.setString(7, key);
            update.executeUpdate();
        }
    }

    private IdempotentAnswer answer(Outcome outcome, boolean replayed) {
        return new IdempotentAnswer(outcome.status(), json(outcome.body()),
                Optional.ofNullable(outcome.location()).map(Object::toString).orElse(null),
                Optional.ofNullable(outcome.version()).map(ETags::of).orElse(null), replayed);
    }

    private String hash(Object request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(json(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot serialise " + value.getClass().getSimpleName() + " to JSON", e);
        }
    }
}
