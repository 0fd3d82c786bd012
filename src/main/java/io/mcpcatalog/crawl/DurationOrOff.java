package io.mcpcatalog.crawl;

import io.quarkus.runtime.configuration.DurationConverter;
import java.time.Duration;
import org.eclipse.microprofile.config.spi.Converter;

/** A duration written as Quarkus reads one (24h, 30m, PT1H, a number of seconds), or "off", which is zero. */
public class DurationOrOff implements Converter<Duration> {

    @Override
    public Duration convert(String value) {
        String text = value.strip();
        return "off".equalsIgnoreCase(text) ? Duration.ZERO : DurationConverter.parseDuration(text);
    }
}
