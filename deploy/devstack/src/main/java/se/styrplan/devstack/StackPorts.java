package se.styrplan.devstack;

import java.util.Properties;

import se.styrplan.devstack.process.Ports;

/** Where the components of one stack listen. */
public record StackPorts(int postgres, int kafka, int kafkaController, int keycloak, int keycloakManagement) {

    /** The run command's fixed ports, chosen away from the usual defaults so a machine's own services don't clash. */
    public static StackPorts local() {
        return new StackPorts(15432, 19092, 19093, 8180, 9180);
    }

    /** Free ports picked by the OS, for tests. */
    public static StackPorts free() {
        return new StackPorts(Ports.free(), Ports.free(), Ports.free(), Ports.free(), Ports.free());
    }

    void writeTo(Properties properties) {
        properties.setProperty("port.postgres", Integer.toString(postgres));
        properties.setProperty("port.kafka", Integer.toString(kafka));
        properties.setProperty("port.kafka-controller", Integer.toString(kafkaController));
        properties.setProperty("port.keycloak", Integer.toString(keycloak));
        properties.setProperty("port.keycloak-management", Integer.toString(keycloakManagement));
    }

    static StackPorts readFrom(Properties properties) {
        return new StackPorts(
                Integer.parseInt(properties.getProperty("port.postgres")),
                Integer.parseInt(properties.getProperty("port.kafka")),
                Integer.parseInt(properties.getProperty("port.kafka-controller")),
                Integer.parseInt(properties.getProperty("port.keycloak")),
                Integer.parseInt(properties.getProperty("port.keycloak-management")));
    }

    void requireFree() {
        Ports.requireFree(postgres, "PostgreSQL");
        Ports.requireFree(kafka, "Kafka");
        Ports.requireFree(kafkaController, "Kafka controller");
        Ports.requireFree(keycloak, "Keycloak");
        Ports.requireFree(keycloakManagement, "Keycloak management");
    }
}
