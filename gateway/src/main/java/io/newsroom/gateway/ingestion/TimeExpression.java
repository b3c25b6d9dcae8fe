package io.newsroom.gateway.ingestion;

import io.newsroom.stylebook.Edtf;

/**
 * A time expression found in a sentence, with the date it gives under either reading of its clause.
 *
 * <p>News copy leaves some phrases without a direction: "on Thursday" in "met on Thursday" is the last Thursday,
 * in "will meet on Thursday" the next one; "on 17 November" written on 5 November is this year's only when the
 * clause looks ahead. Such a phrase carries two readings and the clause's tense picks one; a phrase with its own
 * direction ("last week", "tomorrow", "in 2014") has one date, given as both.
 *
 * @param start          offset of the phrase in the sentence
 * @param end            end offset (exclusive) in the sentence
 * @param phrase         the phrase as written, modifiers included ("no earlier than Sunday")
 * @param resolvedPhrase the core handed to the date rules ("Sunday")
 */
public record TimeExpression(int start, int end, String phrase, String resolvedPhrase, Edtf pastReading,
                             Edtf futureReading) {

    public Edtf reading(Tense tense) {
        return tense == Tense.FUTURE ? futureReading : pastReading;
    }

    public boolean directional() {
        return pastReading.equals(futureReading);
    }
}
