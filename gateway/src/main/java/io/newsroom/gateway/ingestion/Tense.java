package io.newsroom.gateway.ingestion;

/** Which way a clause looks from the publication time; UNKNOWN reads as news copy usually does, as past. */
public enum Tense {
    PAST, FUTURE, UNKNOWN
}
