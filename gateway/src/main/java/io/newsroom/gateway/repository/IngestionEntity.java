package io.newsroom.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One article read for one story (see db/migration/V1__ingestions.sql for what each column is for). */
@Entity
@Table(name = "ingestion")
public class IngestionEntity {

    @Id
    public UUID id;

    @Column(name = "story_id")
    public String storyId;

    @Column(name = "article_url")
    public String articleUrl;

    @Column(name = "article_id")
    public UUID articleId;

    @Column(name = "outlet_id")
    public UUID outletId;

    @Column(name = "outlet_name")
    public String outletName;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String zone;

    public String language;

    @Column(name = "from_html")
    public boolean fromHtml;

    @Column(name = "content_sha256")
    public String contentSha256;

    @Column(name = "main_text")
    public String mainText;

    @Column(name = "ingested_by_subject")
    public String ingestedBySubject;

    @Column(name = "ingested_by_name")
    public String ingestedByName;

    @Column(name = "ingested_at")
    public Instant ingestedAt;
}
