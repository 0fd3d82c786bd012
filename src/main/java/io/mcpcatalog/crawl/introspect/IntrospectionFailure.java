package io.mcpcatalog.crawl.introspect;

/** Introspection could not be done; the message is the reason a person reads ("timed out starting: ..."). */
public class IntrospectionFailure extends Exception {

    public IntrospectionFailure(String reason) {
        super(reason);
    }
}
