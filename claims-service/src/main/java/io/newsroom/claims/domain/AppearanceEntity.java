package io.newsroom.claims.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;
import java.util.UUID;

@Entity
@Table(name = "appearance")
public class AppearanceEntity {
    @Id
    public UUID id;
    @Column(name = "claim_id")
    public UUID claimId;
    public String url;
    public String outlet;
    public String title;
    @Column(name = "published_at")
    public Instant publishedAt;
    public String quote;
    /** The language of the quote and title, BCP 47; null when unknown. */
    public String language;
    // regconfig in the database: the driver sends and reads text, so cast on the way in and out.
    @Column(name = "search_config")
    @ColumnTransformer(read = "cast(search_config as text)", write = "cast(? as regconfig)")
    public String searchConfig;
    @Column(name = "recorded_at")
    public Instant recordedAt;
}
