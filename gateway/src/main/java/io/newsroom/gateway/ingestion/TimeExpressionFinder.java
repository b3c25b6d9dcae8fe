package io.newsroom.gateway.ingestion;

import java.time.ZonedDateTime;
import java.util.List;

/** Finds the time expressions of a sentence and reads them against the anchor (publication time in its zone). */
public interface TimeExpressionFinder {

    /** @return the expressions in sentence order, none overlapping */
    List<TimeExpression> find(String sentence, ZonedDateTime anchor);

    /** The name under which the benchmark reports this finder. */
    String name();
}
