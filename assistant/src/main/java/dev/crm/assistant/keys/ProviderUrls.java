package dev.crm.assistant.keys;

import dev.crm.domain.aikey.AiProvider;
import dev.crm.domain.shared.InvalidInputException;
import java.net.URI;
import java.util.Locale;

/**
 * Where a provider's API lives. Users paste base URLs with or without the version path ({@code http://host/v1});
 * the clients add it themselves, so it is stripped, or requests would go to {@code /v1/v1/…}.
 */
public final class ProviderUrls {

    private ProviderUrls() {}

    /** The base URL as stored: absolute http(s), no trailing slash or version path; null means the provider's own. */
    public static String normalize(AiProvider provider, String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            if (provider == AiProvider.OPENAI_COMPATIBLE) {
                throw InvalidInputException.of("baseUrl", "An OpenAI-compatible server needs its base URL");
            }
            return null;
        }
        URI uri;
        try {
            uri = URI.create(baseUrl.strip());
        } catch (IllegalArgumentException e) {
            throw InvalidInputException.of("baseUrl", "Not a URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || uri.getHost() == null
                || uri.getRawQuery() != null
                || uri.getRawFragment() != null
                || uri.getRawUserInfo() != null) {
            throw InvalidInputException.of("baseUrl", "Must be an http or https URL without query or credentials");
        }
        String url = uri.toString().replaceAll("/+$", "");
        return url.replaceAll("/(v1|v1beta)$", "");
    }

    static String root(AiProvider provider, String storedBaseUrl) {
        return storedBaseUrl != null ? storedBaseUrl : provider.defaultBaseUrl();
    }
}
