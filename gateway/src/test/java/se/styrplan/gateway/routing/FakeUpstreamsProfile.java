package se.styrplan.gateway.routing;

import java.util.List;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The gateway pointed at {@link FakeUpstreams}; the routing tests share this one boot. */
public class FakeUpstreamsProfile implements QuarkusTestProfile {

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(FakeUpstreams.class));
    }
}
