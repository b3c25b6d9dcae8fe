package io.newsroom.stylebook;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RolesTest {

    @Test
    void aRoleIncludesTheOnesBelowIt() {
        assertEquals(Set.of("reader"), Roles.withIncluded(List.of("reader")));
        assertEquals(Set.of("editor", "reader"), Roles.withIncluded(List.of("editor")));
        assertEquals(Set.of("fact-checker", "reader"), Roles.withIncluded(List.of("fact-checker")));
        assertEquals(Set.of("admin", "editor", "fact-checker", "reader"), Roles.withIncluded(List.of("admin")));
    }

    @Test
    void anEditorIsNotAFactChecker() {
        assertEquals(false, Roles.withIncluded(List.of("editor")).contains(Roles.FACT_CHECKER));
    }

    @Test
    void unknownRolesPassThroughAndImplyNothing() {
        assertEquals(Set.of("offline_access"), Roles.withIncluded(List.of("offline_access")));
    }
}
