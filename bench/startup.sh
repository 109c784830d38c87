#!/usr/bin/env bash
# Start-up benchmark: packages Intake (./mvnw -Pdist) and a hello-world JavaFX app (bench/hello) the same way —
# jlinked runtime, jpackage image, launcher, AOT cache trained on the image, .deb — then times whole-process start
# to first frame for both, interleaved, and compares resident memory, image sizes and .deb sizes.
#
#   bench/startup.sh [--runs N] [--headless] [--no-deb]
#
# By default the apps open real GTK windows on an Xvfb display (Xvfb and GTK 3 are installed from Debian's
# packages when missing and this runs as root); --headless uses JavaFX's headless platform instead. --no-deb skips
# the two .deb builds (the slowest step). Both apps' AOT caches are trained in the mode that is measured.
set -euo pipefail
cd "$(dirname "$0")/.."

runs=10
headless=false
installers=deb
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; shift 2 ;;
    --headless) headless=true; shift ;;
    --no-deb) installers=none; shift ;;
    *) echo "unknown option $1 (use --runs N, --headless, --no-deb)" >&2; exit 2 ;;
  esac
done

if [ -z "${JAVA_HOME:-}" ]; then
  JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"

need_packages() {
  local missing=()
  for package in "$@"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q 'install ok installed' || missing+=("$package")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" != 0 ]; then
    echo "Missing Debian packages: ${missing[*]} (install them, or run with --headless)." >&2
    exit 1
  fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
}

if [ "$headless" = false ]; then
  need_packages xvfb libgtk-3-0 libgl1-mesa-dri
  work=$(mktemp -d)
  mkfifo "$work/display"
  Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$work/display" 2>"$work/xvfb.log" &
  xvfb=$!
  trap 'kill "$xvfb" 2>/dev/null; rm -rf "$work"' EXIT
  # Xvfb writes the number of the free display it took once it accepts connections.
  read -r -t 30 display < "$work/display" || { echo "Xvfb did not start:" >&2; cat "$work/xvfb.log" >&2; exit 1; }
  export DISPLAY=":$display"
  echo "Xvfb on $DISPLAY"
else
  unset DISPLAY WAYLAND_DISPLAY
fi
[ "$installers" = deb ] && need_packages fakeroot

echo "== Packaging Intake"
./mvnw -B -q -ntp -Pdist -DskipTests -Ddist.installers="$installers" package

echo "== Packaging hello (bench/hello)"
hello=target/bench/hello
rm -rf "$hello" && mkdir -p "$hello/classes" "$hello/modules"
cp target/modules/javafx-*-linux.jar "$hello/modules/"
# The same probe as Intake's --smoke-test, compiled into hello so that both are timed alike.
"$JAVA_HOME/bin/javac" --release 25 --module-path "$hello/modules" -d "$hello/classes" \
  bench/hello/src/module-info.java bench/hello/src/hello/HelloApp.java \
  src/main/java/dev/intake/startup/StartupProbe.java src/main/java/dev/intake/startup/SmokeTest.java
cp bench/hello/src/hello/Hello.fxml "$hello/classes/hello/"
"$JAVA_HOME/bin/jar" --create --file "$hello/modules/hello.jar" -C "$hello/classes" .
"$java" jlink-config/Dist.java --name hello --version 1.0.0 --main hello/hello.HelloApp \
  --modules "$hello/modules" --config jlink-config --jpackage-options bench/hello/jpackage.options \
  --work target/bench/dist-work --dest target/bench/dist --installers "$installers"

echo "== Measuring"
"$java" bench/StartupBench.java "$runs" "$headless" intake=target/dist hello=target/bench/dist
