package io.newsroom.stylebook;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who may do what, in the newsroom's words. A token carries the roles the newsroom's identity
 * provider grants; a role includes the ones below it, so a provider needs to grant only one:
 * an editor reads, a fact-checker reads, an admin does everything.
 */
public final class Roles {

    /** Reads, when reads are not public ({@code NEWSROOM_PUBLIC_READ=false}). */
    public static final String READER = "reader";
    /** Creates and updates stories, outlets, articles, events, transitions, relations, actors, claims, stances; imports. */
    public static final String EDITOR = "editor";
    /** Gives and replaces verdicts. */
    public static final String FACT_CHECKER = "fact-checker";
    /** Deletes, restores, merges; manages webhooks. */
    public static final String ADMIN = "admin";

    /** Every role, from the one that may least to the one that may most. */
    public static final List<String> ALL = List.of(READER, EDITOR, FACT_CHECKER, ADMIN);

    private static final Map<String, List<String>> INCLUDES = Map.of(
            READER, List.of(),
            EDITOR, List.of(READER),
            FACT_CHECKER, List.of(READER),
            ADMIN, List.of(EDITOR, FACT_CHECKER, READER));

    private Roles() {
    }

    /** @return the granted roles with every role they include; roles this product does not know are kept as they are */
    public static Set<String> withIncluded(Collection<String> granted) {
        Set<String> roles = new LinkedHashSet<>(granted);
        for (String role : granted) {
            roles.addAll(INCLUDES.getOrDefault(role, List.of()));
        }
        return roles;
    }
}
