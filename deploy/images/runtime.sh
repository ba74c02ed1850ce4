#!/usr/bin/env bash
# The file system every Ponte image starts from, made on the build machine without a container engine:
#   deploy/images/runtime.sh <directory> [<JDK>]     (Maven passes the JDK it runs on)
# - /opt/java: a Java runtime linked by jlink from the JDK that runs the build, with only the modules the services use;
# - the C library and the few shared libraries that runtime loads (found with ldd, copied from the build machine's
#   Debian packages), and its loader;
# - /opt/ponte/HealthCheck.class, the health check for engines that run one (the images have no shell and no curl);
# - /etc/passwd and /etc/group naming the one user the images run as (10001), an nsswitch.conf, a /tmp.
# Jib lays it under each part's classes and dependencies (the root pom's jib-maven-plugin configuration), so every
# image shares this layer byte for byte. Made again only when the JDK changes (the stamp beside it records which one).
set -euo pipefail
target="${1:?usage: runtime.sh <directory> [<JDK>]}"
java_home="${2:-${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}}"
modules=java.base,java.compiler,java.datatransfer,java.desktop,java.instrument,java.logging,java.management,java.naming,java.net.http,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,java.transaction.xa,java.xml,java.xml.crypto,jdk.charsets,jdk.crypto.ec,jdk.localedata,jdk.management,jdk.naming.dns,jdk.net,jdk.unsupported,jdk.zipfs
stamp="$("$java_home/bin/java" -version 2>&1 | tr '\n' ' ')|$(cat "$0" "$(dirname "$0")/HealthCheck.java" | sha256sum | cut -c1-16)"
if [ -f "$target.stamp" ] && [ "$(cat "$target.stamp")" = "$stamp" ]; then
  exit 0
fi
rm -rf "$target"
mkdir -p "$target/opt" "$target/etc" "$target/tmp"

"$java_home/bin/jlink" --add-modules "$modules" --include-locales=en,pt \
  --strip-debug --no-header-files --no-man-pages --compress=2 --output "$target/opt/java"
# Debian's JDK links its trust store and security files to /etc; the image gets copies.
for link in $(find "$target/opt/java" -type l); do
  cp --remove-destination "$(readlink -f "$link")" "$link"
done
[ -s "$target/opt/java/lib/security/cacerts" ] || { echo "runtime.sh: no CA certificates in $java_home" >&2; exit 1; }

# java.desktop is there for java.beans, which Spring needs; its windowing, sound and font libraries are not (no part
# draws or plays anything), and they would bring X11, ALSA and FreeType with them.
rm -f "$target"/opt/java/lib/{libawt_xawt,libsplashscreen,libjawt,libjsound,libfontmanager,liblcms,libjavajpeg,libmlib_image}.so

# Every library the runtime's programs and libraries load, with the path the loader looks for it at.
find "$target/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null \
  | grep -oE '(=> )?/[^ ]+' | sed 's/^=> //' | grep -v "^$target" | sort -u \
  | while read -r library; do
      mkdir -p "$target$(dirname "$library")"
      cp -L "$library" "$target$library"
    done
[ -e "$target/lib64/ld-linux-x86-64.so.2" ] || { echo "runtime.sh: the loader was not found by ldd" >&2; exit 1; }

mkdir -p "$target/opt/ponte"
"$java_home/bin/javac" --release 17 -d "$target/opt/ponte" "$(dirname "$0")/HealthCheck.java"

printf 'root:x:0:0:root:/root:/usr/sbin/nologin\nponte:x:10001:10001:Ponte:/tmp:/usr/sbin/nologin\n' > "$target/etc/passwd"
printf 'root:x:0:\nponte:x:10001:\n' > "$target/etc/group"
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$target/etc/nsswitch.conf"
echo "$stamp" > "$target.stamp"
