package io.mcpcatalog.crawl;

/** A crawl that could not be done, with a reason a person can act on (hung, crashed, flooded, garbage, ...). */
public class CrawlFailure extends Exception {

    public CrawlFailure(String reason) {
        super(reason);
    }

    public CrawlFailure(String reason, Throwable cause) {
        super(reason, cause);
    }
}
