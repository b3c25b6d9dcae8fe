package io.newsroom.timeline.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One write to one resource. Changes and state are JSON text here and jsonb in PostgreSQL; the
 * double cast makes the driver send text, which PostgreSQL parses, instead of a JSON string.
 */
@Entity
@Table(name = "revision")
public class RevisionEntity {

    @Id
    public UUID id;

    @Column(name = "resource_type")
    public String resourceType;

    @Column(name = "resource_id")
    public String resourceId;

    @Column(name = "story_id")
    public String storyId;

    public int number;

    @Enumerated(EnumType.STRING)
    public RevisionAction action;

    @Column(name = "author_subject")
    public String authorSubject;

    @Column(name = "author_name")
    public String authorName;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @ColumnTransformer(read = "changes::text", write = "cast(cast(? as text) as jsonb)")
    public String changes;

    @ColumnTransformer(read = "state::text", write = "cast(cast(? as text) as jsonb)")
    public String state;

    public int version;

    @Column(name = "deleted_with")
    public UUID deletedWith;

    public Instant earliest;

    public Instant latest;

    @Column(name = "sort_position")
    public Integer sortPosition;

    @Column(name = "search_config")
    @ColumnTransformer(read = "search_config::text", write = "?::regconfig")
    public String searchConfig;
}
