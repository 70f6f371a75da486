package org.showwork.web;

/**
 * A request the app refuses, with the status and one sentence that says why (shown on a 4xx page,
 * escaped): a page that does not exist, a form whose CSRF token is wrong, a body that is too large.
 */
public final class WebError extends RuntimeException {

    private final int status;

    public WebError(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static WebError notFound() {
        return new WebError(404, "There is no such page here. A personal link must be copied whole.");
    }
}
