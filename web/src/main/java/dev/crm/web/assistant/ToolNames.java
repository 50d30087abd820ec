package dev.crm.web.assistant;

import java.util.Locale;

/** What a running tool does, in words, for the line under a reply that is being written: "Adding a contact…". */
final class ToolNames {

    private ToolNames() {}

    static String doing(String tool) {
        int split = tool.indexOf('_');
        if (split < 0) {
            return "Working…";
        }
        String verb = tool.substring(0, split);
        String what = tool.substring(split + 1).replace('_', ' ').toLowerCase(Locale.ROOT);
        return switch (verb) {
            case "create", "add" -> "Adding " + what + "…";
            case "update" -> "Updating " + what + "…";
            case "delete" -> "Preparing to delete " + what + "…";
            case "get" -> "Reading " + what + "…";
            case "search", "list", "find" -> "Looking up " + what + "…";
            case "assign" -> "Assigning " + what + "…";
            default -> "Working on " + what + "…";
        };
    }
}
