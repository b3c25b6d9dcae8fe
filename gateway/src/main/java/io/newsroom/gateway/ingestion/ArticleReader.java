package io.newsroom.gateway.ingestion;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.newsroom.stylebook.Languages;

/**
 * The extraction engine: reads one article against what its story already knows and proposes candidate events,
 * claims, stances and actors for an editor to accept. Plain Java with no framework and no I/O after construction,
 * thread-safe, and deterministic: the same article and story give the same proposals in the same order.
 */
public final class ArticleReader {

    private final SentenceSplitter sentences;
    private final TimeExpressionFinder times;

    public ArticleReader(SentenceSplitter sentences, TimeExpressionFinder times) {
        this.sentences = sentences;
        this.times = times;
    }

    /** The configuration the benchmark chose: see the ingestion report for the comparison behind it. */
    public static ArticleReader standard() {
        return new ArticleReader(new RuleSentenceSplitter(), new StylebookTimeExpressions());
    }

    /**
     * @throws IllegalArgumentException for an article in another language than English: every rule here (tense,
     *                                  speech verbs, titles, the stylebook's phrases) is English, and a wrong
     *                                  proposal costs a desk more than none
     */
    public Proposals read(Article article, StoryKnowledge story) {
        String language = Languages.normalise(article.language());
        if (language != null && !Locale.forLanguageTag(language).getLanguage().equals("en")) {
            throw new IllegalArgumentException("articles in '" + language + "' cannot be read yet; the engine reads"
                    + " English (en) only");
        }
        String mainText = article.html() != null ? MainText.fromHtml(article.html()) : article.text();
        ZonedDateTime anchor = article.publishedAt().atZone(article.zone());
        List<Sentence> split = sentences.split(Words.plainSpaces(mainText));
        ArticleCast cast = new ArticleCast(story.actors());
        split.forEach(cast::read);

        List<ClaimFinder.Claim> claims = ClaimFinder.find(split, cast);
        List<StanceFinder.Stance> stances = StanceFinder.find(split, cast, claims, story.claims());
        List<EventFinder.Event> events = EventFinder.find(split, times, cast, anchor);

        String url = article.url();
        Map<ArticleCast.Member, ActorCandidate> actors = new IdentityHashMap<>();
        List<ActorCandidate> actorList = new ArrayList<>();
        for (ArticleCast.Member member : cast.actors()) {
            Excerpt excerpt = member.firstSentence.excerpt(mainText);
            ActorCandidate candidate = new ActorCandidate(
                    Fingerprints.of("actor", url, excerpt, member.name.toLowerCase(Locale.ROOT)), excerpt, member.name,
                    member.kind, member.known == null ? null : member.known.id(), List.copyOf(member.titles), member.named);
            actors.put(member, candidate);
            actorList.add(candidate);
        }

        Map<ClaimFinder.Claim, ClaimCandidate> claimCandidates = new IdentityHashMap<>();
        List<ClaimCandidate> claimList = new ArrayList<>();
        for (ClaimFinder.Claim claim : claims) {
            Excerpt excerpt = claim.sentence().excerpt(mainText);
            ActorRef speaker = ref(claim.speaker(), actors);
            ClaimCandidate candidate = new ClaimCandidate(Fingerprints.of("claim", url, excerpt, ""), excerpt,
                    claim.proposition(), speaker, claim.form(),
                    StoryMatcher.claim(speaker.knownActorId(), claim.proposition(), story.claims()));
            claimCandidates.put(claim, candidate);
            claimList.add(candidate);
        }

        List<StanceCandidate> stanceList = new ArrayList<>();
        for (StanceFinder.Stance stance : stances) {
            Excerpt excerpt = stance.sentence().excerpt(mainText);
            ClaimCandidate target = stance.claim() == null ? null : claimCandidates.get(stance.claim());
            String knownTarget = stance.knownClaim() != null ? stance.knownClaim().id()
                    : target == null ? null : target.matchesClaimId();
            stanceList.add(new StanceCandidate(Fingerprints.of("stance", url, excerpt, stance.actor().key), excerpt,
                    ref(stance.actor(), actors), stance.position(), stance.verb(),
                    target == null ? null : target.fingerprint(), knownTarget));
        }

        List<EventCandidate> eventList = new ArrayList<>();
        for (EventFinder.Event event : events) {
            Excerpt excerpt = event.sentence().excerpt(mainText);
            TimeExpression expression = event.expression();
            List<ActorRef> participants = event.participants().stream().map(m -> ref(m, actors)).toList();
            List<String> participantIds = participants.stream().map(ActorRef::knownActorId)
                    .filter(java.util.Objects::nonNull).toList();
            eventList.add(new EventCandidate(
                    Fingerprints.of("event", url, excerpt, expression.start() + ":" + expression.phrase()), excerpt,
                    event.title(), expression.phrase(), event.sentence().start() + expression.start(),
                    expression.resolvedPhrase(), anchor, event.date().text(), event.date().precision(),
                    event.date().earliest(), event.date().latest(), event.status(), participants,
                    StoryMatcher.event(event.date(), event.titleWords(), participantIds, story.events())));
        }
        eventList.sort(Comparator.comparingInt((EventCandidate e) -> e.excerpt().start())
                .thenComparingInt(EventCandidate::phraseStart));
        return new Proposals(mainText, article.html() != null, eventList, claimList, stanceList, actorList);
    }

    private static ActorRef ref(ArticleCast.Member member, Map<ArticleCast.Member, ActorCandidate> actors) {
        ActorCandidate candidate = actors.get(member);
        return new ActorRef(candidate == null ? null : candidate.fingerprint(), member.name,
                member.known == null ? null : member.known.id());
    }
}
