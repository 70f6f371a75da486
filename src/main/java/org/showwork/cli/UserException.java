package org.showwork.cli;

/** A mistake on the command line or with an output path, reported as one message and exit code 2. */
final class UserException extends Exception {
    UserException(String message) {
        super(message);
    }
}
