package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "actor")
public class ActorEntity {
    @Id
    public UUID id;
    public String name;
    @Enumerated(EnumType.STRING)
    public ActorKind kind;
    public String description;
    public String country;
    @Column(name = "wikidata_id")
    public String wikidataId;
    public String[] aliases;
    public UUID[] members;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Version
    public int version;
}
