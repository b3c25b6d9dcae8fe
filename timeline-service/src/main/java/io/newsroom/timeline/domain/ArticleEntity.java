package io.newsroom.timeline.domain;

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
@Table(name = "article")
public class ArticleEntity {

    @Id
    public UUID id;

    @Column(name = "story_id")
    public String storyId;

    public String url;

    @Column(name = "outlet_id")
    public UUID outletId;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String zone;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Enumerated(EnumType.STRING)
    public ArticleStatus status = ArticleStatus.PUBLISHED;

    @Column(name = "status_note")
    public String statusNote;

    @Column(name = "status_changed_at")
    public Instant statusChangedAt;

    @Version
    public int version;
}
