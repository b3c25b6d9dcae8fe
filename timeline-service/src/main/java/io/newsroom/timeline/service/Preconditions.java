package io.newsroom.timeline.service;

/** If-Match against the @Version of a row. */
final class Preconditions {

    private Preconditions() {
    }

    /** @param expected the version from If-Match, null when the client sent none (or '*') */
    static void requireVersion(String what, int actual, Integer expected) {
        if (expected != null && expected != actual) {
            throw ProblemException.stale(what + " is at version \"" + actual + "\" but If-Match asked for "
                    + (expected < 0 ? "a different tag" : "\"" + expected + "\"") + "; read it again and reapply the change");
        }
    }
}
