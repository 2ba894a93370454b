package dk.kk.boligsocial.kit.probe;

import java.time.Instant;
import java.util.UUID;

public record ProbeView(UUID id, String title, Money total, Instant createdAt, long version) {
}
