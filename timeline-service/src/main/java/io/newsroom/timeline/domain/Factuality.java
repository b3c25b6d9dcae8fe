package io.newsroom.timeline.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Factual reporting record of an outlet, from VERY_HIGH (almost never fails a fact check)"
        + " through MOSTLY_FACTUAL and MIXED to VERY_LOW. UNRATED: no rating known.")
public enum Factuality {
    VERY_HIGH, HIGH, MOSTLY_FACTUAL, MIXED, LOW, VERY_LOW, UNRATED
}
