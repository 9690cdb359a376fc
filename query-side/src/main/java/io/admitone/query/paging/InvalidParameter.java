package io.admitone.query.paging;

/**
 * A query parameter of a read that cannot be used: an unknown sort field, a cursor of another list or order, a
 * filter value of the wrong form. Answered as a 400 naming the parameter.
 */
public class InvalidParameter extends RuntimeException {

    private final String parameter;

    public InvalidParameter(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
