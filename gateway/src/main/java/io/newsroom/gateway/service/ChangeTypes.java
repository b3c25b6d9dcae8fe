package io.newsroom.gateway.service;

import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import io.newsroom.gateway.domain.ChangeSource;
import io.newsroom.gateway.domain.ChangeType;
import io.newsroom.stylebook.ChangeQuery;
import io.newsroom.stylebook.ProblemException;

/** The change types a reader or a subscription asks for: exact types of the closed set, none for every type. */
public final class ChangeTypes {

    private ChangeTypes() {
    }

    /** @return the types a comma-separated parameter names (empty for all); 400 naming the parameter for an unknown one */
    public static Set<ChangeType> parse(String types, String parameter) {
        Set<ChangeType> asked = EnumSet.noneOf(ChangeType.class);
        if (types == null || types.isBlank()) {
            return asked;
        }
        if (types.length() > ChangeQuery.MAX_TYPES_LENGTH) {
            throw ProblemException.badParameter(parameter, "is longer than " + ChangeQuery.MAX_TYPES_LENGTH
                    + " characters; name each type once");
        }
        for (String name : types.split(",", -1)) {
            ChangeType type = ChangeType.named(name.strip());
            if (type == null) {
                throw ProblemException.badParameter(parameter, "'" + name.strip() + "' is not a change type; give exact types "
                        + "such as event.updated or article.retracted, comma-separated");
            }
            asked.add(type);
        }
        return asked;
    }

    /** Whether a reader that asked for these types wants anything of that service's feed. */
    static boolean wantsAnyOf(Set<ChangeType> asked, ChangeSource source) {
        return asked.isEmpty() || asked.stream().anyMatch(type -> type.source() == source);
    }

    /** The service's feed filter for these types: null (every type) or its own types, comma-separated. */
    static String filterFor(Collection<ChangeType> asked, ChangeSource source) {
        return asked.isEmpty() ? null : asked.stream().filter(type -> type.source() == source).map(ChangeType::type)
                .sorted().collect(Collectors.joining(","));
    }
}
