package dk.kk.boligsocial.oidc;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Asks an issuer's token endpoint ({@code <issuer>/token}) for an access token, as an OAuth 2.0 client would
 * ({@code client_credentials}, client secret in the body). Plain JDK, so anything can use it without the provider's
 * libraries.
 */
public final class TokenClient {

    static final String CLIENT_ID = "boligsocial-local";
    private static final Pattern ACCESS_TOKEN = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TokenClient() {
    }

    /**
     * @throws IdentityProviderException if the provider cannot be reached or refuses the request
     */
    public static String fetch(URI issuer, LocalTokenRequest request) {
        StringBuilder form = new StringBuilder("grant_type=client_credentials")
                .append("&client_id=").append(CLIENT_ID)
                .append("&client_secret=local");
        for (String[] parameter : request.parameters()) {
            form.append('&').append(encode(parameter[0])).append('=').append(encode(parameter[1]));
        }
        URI endpoint = URI.create(issuer.toString().replaceAll("/+$", "") + "/token");
        HttpRequest post = HttpRequest.newBuilder(endpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build();
        HttpResponse<String> response;
        try {
            response = HTTP.send(post, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IdentityProviderException("the identity provider does not answer at " + endpoint + " (" + e + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IdentityProviderException("interrupted while asking " + endpoint + " for a token", e);
        }
        Matcher token = ACCESS_TOKEN.matcher(response.body());
        if (response.statusCode() != 200 || !token.find()) {
            throw new IdentityProviderException("the identity provider at " + endpoint + " answered "
                    + response.statusCode() + ": " + response.body());
        }
        return token.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
