package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "An outlet's factuality rating")
public enum Factuality {
    VERY_HIGH, HIGH, MOSTLY_FACTUAL, MIXED, LOW, VERY_LOW, UNRATED
}
