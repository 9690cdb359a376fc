package io.admitone.server.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The options of an {@code audit} subcommand, as {@code --name value} or {@code --name=value}. Any other
 * {@code --key=value} is a configuration property for the server's configuration, as when the server starts.
 */
record CommandLineOptions(Map<String, String> values, List<String> properties) {

    static CommandLineOptions parse(List<String> args, Set<String> names) {
        Map<String, String> values = new HashMap<>();
        List<String> properties = new ArrayList<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.startsWith("--") ? arg.substring(2).split("=", 2)[0] : "";
            if (!names.contains(name)) {
                properties.add(arg);
            } else if (arg.contains("=")) {
                values.put(name, arg.substring(arg.indexOf('=') + 1));
            } else if (i + 1 < args.size()) {
                values.put(name, args.get(++i));
            } else {
                throw new IllegalArgumentException("--" + name + " needs a value");
            }
        }
        return new CommandLineOptions(Map.copyOf(values), List.copyOf(properties));
    }

    Optional<String> value(String name) {
        return Optional.ofNullable(values.get(name));
    }

    String required(String name) {
        return value(name).orElseThrow(() -> new IllegalArgumentException("--" + name + " is required"));
    }
}
