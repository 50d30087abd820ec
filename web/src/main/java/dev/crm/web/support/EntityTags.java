package dev.crm.web.support;

import dev.crm.application.shared.BaseVersion;
import dev.crm.domain.shared.InvalidInputException;
import java.util.HashSet;
import java.util.Set;

/**
 * A record's version as its HTTP entity tag ({@code "3"}, strong: it names one state of the record), and the
 * {@code If-Match} preconditions of RFC 9110 built from such tags.
 */
public final class EntityTags {

    public static final String IF_MATCH = "If-Match";

    private EntityTags() {}

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * What an update is based on: the {@code version} in its body (changes made since are merged), or an
     * {@code If-Match} header (exactly that version or 412). Both may come, if they agree; one is required (428).
     */
    public static BaseVersion base(Long bodyVersion, String ifMatch) {
        if (ifMatch == null) {
            if (bodyVersion == null) {
                throw new PreconditionRequiredException();
            }
            return BaseVersion.seen(bodyVersion);
        }
        BaseVersion condition = condition(ifMatch);
        if (bodyVersion == null) {
            return condition;
        }
        if (condition instanceof BaseVersion.OneOf oneOf && !oneOf.versions().contains(bodyVersion)) {
            throw InvalidInputException.of("version", "Differs from the If-Match header; send one or make them agree");
        }
        return condition instanceof BaseVersion.Any ? BaseVersion.seen(bodyVersion) : condition;
    }

    /** A delete's precondition: none without the header, {@code *} any version, else one of the tags listed. */
    public static BaseVersion condition(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return ifMatch == null ? BaseVersion.ANY : invalid();
        }
        if (ifMatch.trim().equals("*")) {
            return BaseVersion.ANY;
        }
        Set<Long> versions = new HashSet<>();
        for (String tag : ifMatch.split(",")) {
            tag = tag.trim();
            boolean weak = tag.startsWith("W/");
            String opaque = weak ? tag.substring(2) : tag;
            if (opaque.length() < 2 || !opaque.startsWith("\"") || !opaque.endsWith("\"")) {
                return invalid();
            }
            // If-Match compares strongly: a weak tag, or one we never issued, matches no version (412)
            String value = opaque.substring(1, opaque.length() - 1);
            if (!weak && value.matches("[1-9][0-9]{0,17}")) {
                versions.add(Long.parseLong(value));
            }
        }
        return BaseVersion.oneOf(versions);
    }

    private static BaseVersion invalid() {
        throw InvalidInputException.of(IF_MATCH, "Not a list of entity tags, such as \"3\", nor *");
    }
}
