# Sourced by ./mvnw and ./run: chooses the JDK that builds, tests and runs Boligsocial, and exports it as JAVA_HOME.
#
# Boligsocial needs Java 21 or newer: its HTTP reads run on virtual threads (docs/decisions.md, "Virtual threads for
# reads").
# JAVA_HOME wins when it is set and is a JDK 21+. Otherwise the newest JDK 21+ among `java` on the PATH and the JDKs
# under /usr/lib/jvm (where Debian and the Temurin packages install them), so a machine whose default `java` is older
# still builds with the newer JDK it has. A JRE (no javac) cannot build and is passed over.
#
# use_jdk NAME sets JAVA (the java binary) and exports JAVA_HOME, or prints why not (as NAME: ...) and returns 1.

BOLIGSOCIAL_MIN_JAVA=21

# The JDK a java binary belongs to, and what its release file says (JAVA_VERSION, JAVA_RUNTIME_VERSION; empty if none)
jdk_home() { dirname "$(dirname "$(readlink -f "$1")")"; }
jdk_release() { sed -n "s/^$2=\"\(.*\)\"\$/\1/p" "$1/release" 2>/dev/null || true; }
# its major version (1.8.0 style too)
jdk_major() {
  local version
  version="$(jdk_release "$1" JAVA_VERSION)"
  version="${version#1.}"
  printf '%s' "${version%%[.+-]*}"
}

use_jdk() {
  local who="$1" candidate home major best="" best_major=0
  if [[ -n "${JAVA_HOME:-}" && -x "$JAVA_HOME/bin/java" ]]; then
    major="$(jdk_major "$JAVA_HOME")"
    if [[ ! "$major" =~ ^[0-9]+$ || "$major" -ge $BOLIGSOCIAL_MIN_JAVA ]]; then
      JAVA="$JAVA_HOME/bin/java" # no release file to read: the build's own check tells
      export JAVA_HOME
      quiet_maven_on "$major"
      return 0
    fi
    printf '%s: JAVA_HOME=%s is Java %s; looking for a JDK %s+ instead\n' "$who" "$JAVA_HOME" "$major" "$BOLIGSOCIAL_MIN_JAVA" >&2
  fi
  for candidate in "$(command -v java 2>/dev/null || true)" /usr/lib/jvm/*/bin/java; do
    [[ -n "$candidate" && -x "$candidate" ]] || continue
    home="$(jdk_home "$candidate")"
    [[ -x "$home/bin/javac" ]] || continue
    major="$(jdk_major "$home")"
    if [[ "$major" =~ ^[0-9]+$ && "$major" -gt "$best_major" ]]; then
      best="$home"
      best_major="$major"
    fi
  done
  if [[ -z "$best" || "$best_major" -lt $BOLIGSOCIAL_MIN_JAVA ]]; then
    printf '%s: no JDK %s or newer found (newest: %s): install one (Debian: apt-get install openjdk-%s-jdk-headless) or set JAVA_HOME\n' \
      "$who" "$BOLIGSOCIAL_MIN_JAVA" "${best:-none}" "$BOLIGSOCIAL_MIN_JAVA" >&2
    return 1
  fi
  JAVA_HOME="$best"
  JAVA="$JAVA_HOME/bin/java"
  export JAVA_HOME
  quiet_maven_on "$best_major"
}

# Maven's own libraries call sun.misc.Unsafe, which Java 24+ warns about at every build (JEP 498): allowed, quietly
quiet_maven_on() {
  [[ "$1" =~ ^[0-9]+$ && "$1" -ge 24 ]] || return 0
  case " ${MAVEN_OPTS:-} " in
    *" --sun-misc-unsafe-memory-access="*) ;;
    *) export MAVEN_OPTS="--sun-misc-unsafe-memory-access=allow${MAVEN_OPTS:+ $MAVEN_OPTS}" ;;
  esac
}
