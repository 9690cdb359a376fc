# Sourced by the benchmark commands: moves to the project's root, picks a JDK 21 or newer (JAVA_HOME first) and
# builds what is missing: the server jar if there is none (a jar that is there is used as it is: rebuild it after
# changing the server) and the benchmarks module.
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command_name="benchmarks/$(basename "$0")"

java_major() { "$1/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p'; }

for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/*; do
    if [[ -n "$candidate" && -x "$candidate/bin/javac" && "$(java_major "$candidate")" -ge 21 ]]; then
        export JAVA_HOME="$candidate"
        break
    fi
done
[[ -n "${JAVA_HOME:-}" ]] || { echo "$command_name: no JDK 21 or newer found; set JAVA_HOME" >&2; exit 1; }

if [[ ! -f server/target/admitone-server.jar ]]; then
    echo "$command_name: building the server" >&2
    mvn -B -ntp -q package -DskipTests -pl server -am
fi
mvn -B -ntp -q package -DskipTests -pl benchmarks -am
