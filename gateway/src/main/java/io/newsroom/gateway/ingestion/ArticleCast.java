package io.newsroom.gateway.ingestion;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.newsroom.gateway.domain.ActorKind;

/**
 * The actors of one article and every place the article refers to them, read sentence by sentence in order so a
 * pronoun or a title ("he", "the Russian president", "the company") can only point back.
 *
 * <p>Names come from the story's actors (names, aliases, surnames) and from capitalised sequences that the
 * {@link NewsLexicon} tells apart from places, weather systems and sentence openers. What the article calls an
 * actor ("special envoy Steve Witkoff", "Walsh, the returning officer") is kept as its titles, which is what a
 * later description is matched against; a description that matches no title falls back to the most recent actor
 * of a compatible kind, and only for roles that are that unambiguous (leaders, companies, ministries).
 */
final class ArticleCast {

    enum MentionType {
        NAMED, DESCRIPTION, PRONOUN
    }

    /** One reference to a member, with offsets into the main text. */
    record Mention(Member member, int start, int end, MentionType type, boolean possessive, int sentence) {
    }

    /** An actor of the article: one of the story's, or one the article introduces. */
    static final class Member {
        final String key;
        final String name;
        final ActorKind kind;
        final KnownActor known;
        final Set<String> titles = new TreeSet<>();
        /** A country or region named as a place: an actor only once it speaks or takes a stance. */
        final boolean place;
        boolean promoted;
        int named;
        Sentence firstSentence;
        int firstOffset = Integer.MAX_VALUE;

        Member(String key, String name, ActorKind kind, KnownActor known, boolean place) {
            this.key = key;
            this.name = name;
            this.kind = kind;
            this.known = known;
            this.place = place;
            for (String word : name.split("\\s+")) {
                titles.add(word.toLowerCase(Locale.ROOT).replaceAll("['’]s?$", ""));
            }
        }

        String lastName() {
            String[] parts = name.split("\\s+");
            return parts[parts.length - 1];
        }

        String firstName() {
            return name.split("\\s+")[0];
        }

        boolean isActor() {
            return (!place && kind != ActorKind.GROUP) || promoted;
        }
    }

    private static final Pattern COUNTRY_BODY = Pattern.compile("(?<![\\p{L}])(?:(" + String.join("|",
            NewsLexicon.COUNTRIES) + ")['’]s|(" + String.join("|", NewsLexicon.NATIONALITIES).replace(".", "\\.")
            + "))\\s+((?:[a-z]+\\s+){0,2}?(?i:ministry|government|army|military|navy|parliament|police|general staff"
            + "|cabinet|armed forces|coast guard|embassy|consulate))(?![\\p{L}])");
    /** After an adjective, only nouns that are seldom adjectives themselves: "a Russian military victory" is none. */
    private static final Set<String> ADJECTIVE_BODIES = Set.of("ministry", "government", "embassy", "consulate",
            "cabinet", "parliament");
    private static final Pattern SELF_NAMED = Pattern.compile("(?i:group|gang|organisation|organization|collective|network)"
            + "\\s+(?i:calling itself|called|known as|named)\\s+(\\p{Lu}[\\p{L}\\p{M}]+)");
    private static final Pattern PRONOUN = Pattern.compile("(?<![\\p{L}])(he|she|him|his|her|it|its|He|She|His|Her|It|Its)"
            + "(?![\\p{L}'’])");
    private static final Pattern DESCRIPTION;

    static {
        Set<String> roles = new TreeSet<>(Comparator.comparingInt(String::length).reversed().thenComparing(s -> s));
        roles.addAll(NewsLexicon.PERSON_ROLES);
        roles.addAll(NewsLexicon.ORGANISATION_ROLES.keySet());
        // The role may be capitalised in copy that writes titles so ("the Russian President").
        DESCRIPTION = Pattern.compile("(?<![\\p{L}])(?:the|The)\\s+((?:[\\p{L}\\p{M}'’-]+\\s+){0,3}?)((?i:"
                + String.join("|", roles) + "))(['’]s)?(?![\\p{L}])");
    }

    private final Map<String, Member> members = new LinkedHashMap<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<KnownActor> known;
    /** The story's names and aliases as patterns, longest first, so "Vladimir Putin" is one mention, not two. */
    private final List<Map.Entry<Pattern, KnownActor>> knownForms = new ArrayList<>();

    ArticleCast(List<KnownActor> known) {
        this.known = known;
        List<Map.Entry<String, KnownActor>> forms = new ArrayList<>();
        for (KnownActor actor : known) {
            forms.add(Map.entry(actor.name(), actor));
            for (String alias : actor.aliases()) {
                forms.add(Map.entry(alias, actor));
            }
        }
        forms.sort(Comparator.comparingInt((Map.Entry<String, KnownActor> e) -> -e.getKey().length())
                .thenComparing(Map.Entry::getKey));
        for (Map.Entry<String, KnownActor> form : forms) {
            knownForms.add(Map.entry(Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(form.getKey())
                    + "(['’]s)?(?![\\p{L}\\p{N}])"), form.getValue()));
        }
    }

    /** Records the mentions of the next sentence; sentences must come in article order. */
    void read(Sentence sentence) {
        String text = sentence.text();
        List<int[]> taken = new ArrayList<>();
        List<Mention> found = new ArrayList<>();
        knownNames(sentence, taken, found);
        countryBodies(sentence, taken, found);
        selfNamed(sentence, taken, found);
        Matcher m = NameShapes.SEQUENCE.matcher(text);
        while (!Words.titleCase(text) && m.find()) {
            for (int[] part : NameShapes.parts(text, m.start(), m.end())) {
                sequence(sentence, part[0], part[1], taken, found);
            }
        }
        found.sort(Comparator.comparingInt(Mention::start));
        // Descriptions and pronouns resolve against what came before them, this sentence's names included.
        List<Mention> references = new ArrayList<>();
        Matcher d = DESCRIPTION.matcher(text);
        while (d.find()) {
            if (!overlaps(taken, d.start(2), d.end(2))) {
                Mention reference = description(sentence, d, found);
                if (reference != null) {
                    references.add(reference);
                }
            }
        }
        Matcher p = PRONOUN.matcher(text);
        while (p.find()) {
            if (!Words.insideQuote(text, p.start())) {
                Mention reference = pronoun(sentence, p, found, references);
                if (reference != null) {
                    references.add(reference);
                }
            }
        }
        found.addAll(references);
        found.sort(Comparator.comparingInt(Mention::start));
        for (Mention mention : found) {
            Member member = mention.member();
            if (mention.type() != MentionType.PRONOUN && mention.start() < member.firstOffset) {
                member.firstOffset = mention.start();
                member.firstSentence = sentence;
            }
            if (mention.type() == MentionType.NAMED) {
                member.named++;
            }
        }
        mentions.addAll(found);
    }

    List<Mention> mentionsIn(Sentence sentence) {
        return mentions.stream().filter(m -> m.sentence() == sentence.index()).toList();
    }

    /** A group that speaks as one ("European officials"): an actor because it is quoted. */
    Member group(String name, Sentence sentence, int start, int end) {
        Member member = members.computeIfAbsent("new:" + name.toLowerCase(Locale.ROOT),
                key -> new Member(key, name, ActorKind.GROUP, null, false));
        member.promoted = true;
        Mention mention = new Mention(member, start, end, MentionType.NAMED, false, sentence.index());
        mentions.add(mention);
        member.named++;
        if (start < member.firstOffset) {
            member.firstOffset = start;
            member.firstSentence = sentence;
        }
        return member;
    }

    /** A country that speaks or takes a stance is an actor (its government), not only a place. */
    void promote(Member member) {
        member.promoted = true;
    }

    List<Member> actors() {
        return members.values().stream().filter(Member::isActor).filter(m -> m.firstSentence != null)
                .sorted(Comparator.comparingInt((Member m) -> m.firstOffset).thenComparing(m -> m.key)).toList();
    }

    private void knownNames(Sentence sentence, List<int[]> taken, List<Mention> found) {
        String text = sentence.text();
        for (Map.Entry<Pattern, KnownActor> form : knownForms) {
            Matcher m = form.getKey().matcher(text);
            while (m.find()) {
                if (!overlaps(taken, m.start(), m.end())) {
                    taken.add(new int[] {m.start(), m.end()});
                    Member member = knownMember(form.getValue());
                    found.add(new Mention(member, sentence.start() + m.start(), sentence.start() + m.end(),
                            MentionType.NAMED, m.group(1) != null, sentence.index()));
                    ActorTitles.learnTitles(member, text, m.start(), m.end());
                }
            }
        }
    }

    private void countryBodies(Sentence sentence, List<int[]> taken, List<Mention> found) {
        Matcher m = COUNTRY_BODY.matcher(sentence.text());
        while (m.find()) {
            // "Ukraine's General Staff" is a body; after an adjective only a lower-case one is ("the US embassy"),
            // since "US Army Secretary" or "Swedish Police Authority" are the start of a longer name.
            boolean adjective = m.group(2) != null;
            String[] body = m.group(3).split("\\s+");
            if (adjective && (Character.isUpperCase(m.group(3).charAt(0))
                    || !ADJECTIVE_BODIES.contains(body[body.length - 1].toLowerCase(Locale.ROOT)))) {
                continue;
            }
            if (!overlaps(taken, m.start(), m.end())) {
                taken.add(new int[] {m.start(), m.end()});
                Member member = member(m.group(), ActorKind.GOVERNMENT, false);
                member.titles.add(m.group(3).toLowerCase(Locale.ROOT));
                found.add(new Mention(member, sentence.start() + m.start(), sentence.start() + m.end(),
                        MentionType.NAMED, false, sentence.index()));
            }
        }
    }

    private void selfNamed(Sentence sentence, List<int[]> taken, List<Mention> found) {
        Matcher m = SELF_NAMED.matcher(sentence.text());
        while (m.find()) {
            if (!overlaps(taken, m.start(1), m.end(1))) {
                taken.add(new int[] {m.start(1), m.end(1)});
                Member member = member(m.group(1), ActorKind.GROUP, false);
                member.promoted = true;
                found.add(new Mention(member, sentence.start() + m.start(1), sentence.start() + m.end(1),
                        MentionType.NAMED, false, sentence.index()));
            }
        }
    }

    /** One capitalised sequence: a name of an actor, a place, or nothing to propose. */
    private void sequence(Sentence sentence, int from, int to, List<int[]> taken, List<Mention> found) {
        String text = sentence.text();
        List<Words.Word> words = new ArrayList<>(Words.of(text.substring(from, to)).stream()
                .map(w -> new Words.Word(w.text(), w.start() + from, w.end() + from)).toList());
        if (overlaps(taken, from, to)) {
            ActorTitles.learnTitlesBeforeKnownName(sentence, words, found);
            return;
        }
        boolean possessive = false;
        Words.Word last = words.get(words.size() - 1);
        if (last.text().endsWith("'s") || last.text().endsWith("’s")) {
            possessive = true;
            words.set(words.size() - 1, new Words.Word(last.text().substring(0, last.text().length() - 2), last.start(),
                    last.end() - 2));
        }
        while (!words.isEmpty() && NewsLexicon.LEADING_WORDS.contains(words.get(0).text())) {
            words.remove(0);
        }
        while (!words.isEmpty() && Set.of("of", "for", "the", "de", "von", "van").contains(words.get(0).text())) {
            words.remove(0);
        }
        if (words.isEmpty()) {
            return;
        }
        int start = words.get(0).start();
        int end = words.get(words.size() - 1).end();
        String surface = text.substring(start, end);
        Member member = classify(text, words, surface, start, end);
        if (member == null) {
            return;
        }
        taken.add(new int[] {start, end});
        int mentionEnd = possessive ? end + 2 : end;
        found.add(new Mention(member, sentence.start() + start, sentence.start() + mentionEnd, MentionType.NAMED,
                possessive, sentence.index()));
        ActorTitles.learnTitles(member, text, start, mentionEnd);
    }

    private Member classify(String text, List<Words.Word> words, String surface, int start, int end) {
        if (NewsLexicon.GOVERNMENT_SEATS.contains(surface)) {
            return member(surface, ActorKind.GOVERNMENT, false);
        }
        Member titled = personAfterOrganisationTitle(text, words);
        if (titled != null) {
            return titled;
        }
        ActorKind organisation = NameShapes.organisationKind(words);
        if (organisation != null) {
            return member(surface, organisation, false);
        }
        if (words.size() == 1 && NameShapes.isAcronym(surface)) {
            return member(surface, NewsLexicon.ACRONYMS.getOrDefault(surface, ActorKind.ORGANIZATION), false);
        }
        if (words.size() == 1 && NameShapes.isBrand(surface)) {
            return existingOr(surface, ActorKind.ORGANIZATION);
        }
        List<String> titles = new ArrayList<>();
        List<Words.Word> name = NameShapes.stripTitles(words, titles);
        if (name.isEmpty()) {
            return null;
        }
        String nameSurface = text.substring(name.get(0).start(), name.get(name.size() - 1).end());
        if (name.size() == 1 && NewsLexicon.TITLES.contains(nameSurface)) {
            // "the Russian President" is a description, read as one below, not a person called President.
            return null;
        }
        if (NewsLexicon.COUNTRIES.contains(nameSurface) && titles.isEmpty()) {
            return member(nameSurface, ActorKind.GOVERNMENT, true);
        }
        Member member;
        if (name.size() == 1) {
            member = existingByShortName(nameSurface);
            if (member == null && !titles.isEmpty() && !NewsLexicon.COUNTRIES.contains(nameSurface)) {
                member = member(nameSurface, ActorKind.PERSON, false);
            }
        } else if (name.size() <= 4 && NameShapes.looksLikePerson(text, name, start, titles)) {
            member = member(nameSurface, ActorKind.PERSON, false);
        } else {
            member = null;
        }
        if (member != null) {
            for (String title : titles) {
                member.titles.add(title.toLowerCase(Locale.ROOT));
            }
        }
        return member;
    }

    /** "US Army Secretary Dan Driscoll": a title after an organisation's name, then the person who holds it. */
    private Member personAfterOrganisationTitle(String text, List<Words.Word> words) {
        for (int t = words.size() - 2; t >= 1; t--) {
            if (!NewsLexicon.TITLES.contains(words.get(t).text())) {
                continue;
            }
            List<Words.Word> name = words.subList(t + 1, words.size());
            List<Words.Word> office = words.subList(0, t);
            if (name.size() > 3 || NameShapes.organisationKind(office) == null && !NewsLexicon.GOVERNMENT_SEATS.contains(
                    text.substring(office.get(0).start(), office.get(office.size() - 1).end()))
                    || name.stream().anyMatch(w -> NewsLexicon.ORGANISATION_WORDS.containsKey(w.text())
                    || NewsLexicon.TITLES.contains(w.text()))) {
                return null;
            }
            String person = text.substring(name.get(0).start(), name.get(name.size() - 1).end());
            Member member = name.size() == 1 ? existingByShortName(person) : null;
            member = member != null ? member : member(person, ActorKind.PERSON, false);
            for (Words.Word word : words.subList(0, t + 1)) {
                member.titles.add(word.lower());
            }
            return member;
        }
        return null;
    }

    private Member existingOr(String name, ActorKind kind) {
        Member existing = existingByShortName(name);
        return existing != null ? existing : member(name, kind, false);
    }

    /** A surname ("Walsh"), a known alias, or the first word of an organisation ("Harwell") already met. */
    private Member existingByShortName(String word) {
        Member found = null;
        int latest = -1;
        for (Mention mention : mentions) {
            Member m = mention.member();
            boolean matches = m.kind == ActorKind.PERSON ? m.lastName().equals(word)
                    : (m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.GOVERNMENT) && !m.place
                    && m.firstName().equals(word) && !m.name.equals(word);
            if (matches && mention.start() > latest) {
                latest = mention.start();
                found = m;
            }
        }
        return found;
    }

    private Mention description(Sentence sentence, Matcher d, List<Mention> sameSentence) {
        String text = sentence.text();
        String after = text.substring(d.end());
        // "The judge, Mrs Justice Ellen Marsh," and "the consultancy Skyline Research" name the actor right away.
        if (after.matches("(?s)^,\\s*\\p{Lu}.*") || after.matches("(?s)^\\s+\\p{Lu}.*")) {
            return null;
        }
        String role = d.group(2).toLowerCase(Locale.ROOT);
        Set<String> modifiers = new TreeSet<>();
        for (Words.Word word : Words.of(d.group(1))) {
            modifiers.add(word.lower());
        }
        int at = sentence.start() + d.start();
        Member member = resolveDescription(role, modifiers, at, sameSentence);
        if (member == null) {
            return null;
        }
        return new Mention(member, at, sentence.start() + d.end(), MentionType.DESCRIPTION, d.group(3) != null,
                sentence.index());
    }

    private Member resolveDescription(String role, Set<String> modifiers, int at, List<Mention> sameSentence) {
        boolean person = NewsLexicon.PERSON_ROLES.contains(role);
        String organisationClass = NewsLexicon.ORGANISATION_ROLES.get(role);
        List<Mention> earlier = earlierMentions(at, sameSentence);
        Member fallback = null;
        Member titled = null;
        for (Mention mention : earlier) {
            Member m = mention.member();
            if (!compatible(m, person, organisationClass)) {
                continue;
            }
            if (titled == null && m.titles.contains(role)) {
                titled = m;
                if (m.titles.containsAll(modifiers)) {
                    return m;
                }
            }
            if (fallback == null && !conflicts(m, role, person, organisationClass)) {
                fallback = m;
            }
        }
        if (titled != null) {
            return titled;
        }
        boolean unambiguous = person ? NewsLexicon.LEADER_ROLES.contains(role)
                : organisationClass != null && !organisationClass.equals("party");
        return unambiguous ? fallback : null;
    }

    private static boolean compatible(Member m, boolean person, String organisationClass) {
        if (person) {
            return m.kind == ActorKind.PERSON;
        }
        if ("government".equals(organisationClass)) {
            return m.kind == ActorKind.GOVERNMENT && !m.place || m.kind == ActorKind.ORGANIZATION;
        }
        return m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.MEDIA
                || m.kind == ActorKind.GROUP && "group".equals(organisationClass);
    }

    /** A member already called something of another class ("union") is not "the operator". */
    private static boolean conflicts(Member m, String role, boolean person, String organisationClass) {
        Set<String> ownName = new TreeSet<>();
        for (String word : m.name.split("\\s+")) {
            ownName.add(word.toLowerCase(Locale.ROOT));
        }
        for (String title : m.titles) {
            if (title.equals(role)) {
                return false;
            }
            if (ownName.contains(title)) {
                // "Harbor Rail Group" is a company whose name says group; only what the article calls it conflicts.
                continue;
            }
            if (!person && NewsLexicon.ORGANISATION_ROLES.containsKey(title)
                    && !NewsLexicon.ORGANISATION_ROLES.get(title).equals(organisationClass)) {
                return true;
            }
        }
        return false;
    }

    /** Mentions before a position, the nearest first: this sentence's, then the article's so far. */
    private List<Mention> earlierMentions(int at, List<Mention> sameSentence) {
        List<Mention> earlier = new ArrayList<>();
        for (Mention m : sameSentence) {
            if (m.end() <= at) {
                earlier.add(m);
            }
        }
        earlier.addAll(mentions);
        earlier.sort(Comparator.comparingInt(Mention::start).reversed());
        return earlier;
    }

    private Mention pronoun(Sentence sentence, Matcher p, List<Mention> sameSentence, List<Mention> references) {
        String word = p.group(1).toLowerCase(Locale.ROOT);
        boolean person = !word.startsWith("it");
        int at = sentence.start() + p.start();
        List<Mention> before = new ArrayList<>(sameSentence);
        before.addAll(references);
        for (Mention mention : earlierMentions(at, before)) {
            Member m = mention.member();
            boolean fits = person ? m.kind == ActorKind.PERSON
                    : m.kind == ActorKind.ORGANIZATION || m.kind == ActorKind.GOVERNMENT || m.kind == ActorKind.MEDIA;
            if (fits) {
                boolean possessive = word.equals("his") || word.equals("its") || word.equals("her");
                return new Mention(m, at, sentence.start() + p.end(), MentionType.PRONOUN, possessive, sentence.index());
            }
        }
        return null;
    }

    private Member knownMember(KnownActor actor) {
        return members.computeIfAbsent("known:" + actor.id(),
                key -> new Member(key, actor.name(), actor.kind(), actor, false));
    }

    private Member member(String name, ActorKind kind, boolean place) {
        for (KnownActor actor : known) {
            if (actor.name().equalsIgnoreCase(name) || actor.aliases().stream().anyMatch(a -> a.equalsIgnoreCase(name))) {
                return knownMember(actor);
            }
        }
        return members.computeIfAbsent("new:" + name.toLowerCase(Locale.ROOT), key -> new Member(key, name, kind, null, place));
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> t[0] < end && start < t[1]);
    }

}
