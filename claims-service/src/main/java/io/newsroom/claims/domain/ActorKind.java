package io.newsroom.claims.domain;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "What kind of actor this is. PERSON: one named person. ORGANIZATION: a company, NGO, "
        + "think tank or institute. GOVERNMENT: a state, ministry or official body. MEDIA: an outlet or news agency. "
        + "GROUP: a loose collective such as 'Russian officials' or 'analysts'; only a GROUP may list members.")
public enum ActorKind {
    PERSON, ORGANIZATION, GOVERNMENT, MEDIA, GROUP
}
