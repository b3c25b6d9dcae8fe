package io.newsroom.gateway.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of actor it is")
public enum ActorKind {
    PERSON, ORGANIZATION, GOVERNMENT, MEDIA, GROUP
}
