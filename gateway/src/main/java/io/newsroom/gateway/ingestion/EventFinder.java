package io.newsroom.gateway.ingestion;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.newsroom.gateway.domain.EventStatus;
import io.newsroom.stylebook.Edtf;

/** One event per time expression of a sentence, dated by the clause's tense and given a status and a short title. */
final class EventFinder {

    /** An event of the article, before it is cited and matched. */
    record Event(Sentence sentence, TimeExpression expression, Edtf date, EventStatus status, String title,
                 Set<String> titleWords, List<ArticleCast.Member> participants) {
    }

    private static final int TITLE_WORDS = 12;

    private EventFinder() {
    }

    static List<Event> find(List<Sentence> sentences, TimeExpressionFinder times, ArticleCast cast, ZonedDateTime anchor) {
        List<Event> events = new ArrayList<>();
        for (Sentence sentence : sentences) {
            List<TimeExpression> expressions = times.find(sentence.text(), anchor);
            if (expressions.isEmpty()) {
                continue;
            }
            Set<ArticleCast.Member> participants = new LinkedHashSet<>();
            for (ArticleCast.Mention mention : cast.mentionsIn(sentence)) {
                if (mention.type() != ArticleCast.MentionType.PRONOUN && mention.member().isActor()) {
                    participants.add(mention.member());
                }
            }
            for (TimeExpression expression : expressions) {
                Tense tense = StatusRules.tense(sentence.text(), expression);
                Edtf date = expression.reading(tense);
                EventStatus status = StatusRules.status(sentence.text(), expression, tense, date, anchor);
                int[] clause = StatusRules.titleClause(sentence.text(), expression.start(), expression.end());
                String clauseText = sentence.text().substring(clause[0], expression.start()) + " "
                        + sentence.text().substring(expression.end(), clause[1]);
                events.add(new Event(sentence, expression, date, status, title(clauseText, sentence.text()),
                        Words.content(clauseText), List.copyOf(participants)));
            }
        }
        return events;
    }

    /** The clause without its date, cut to a dozen words: enough for a desk to recognise the happening. */
    private static String title(String clause, String sentence) {
        String text = Words.normalised(clause).replaceAll("^[\\s,;:“”\"']+|[\\s,;:.“”\"']+$", "")
                .replaceFirst("^(?i:and|but|while|after|when|as|then)\\s+", "");
        if (Words.of(text).size() < 2) {
            text = Words.normalised(sentence);
        }
        List<Words.Word> words = Words.of(text);
        if (words.size() <= TITLE_WORDS) {
            return text;
        }
        return text.substring(0, words.get(TITLE_WORDS - 1).end()) + "…";
    }
}
