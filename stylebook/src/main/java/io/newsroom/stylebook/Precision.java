package io.newsroom.stylebook;

/**
 * How precisely a date is known, declared from the coarsest to the finest so that ordinal
 * comparison tells which is coarser. An interval has the precision of its coarser end.
 */
public enum Precision {
    YEAR, MONTH, WEEK, DAY, MINUTE, SECOND;

    public Precision coarser(Precision other) {
        return ordinal() <= other.ordinal() ? this : other;
    }
}
