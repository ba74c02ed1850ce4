# One image per Ponte part, from the jar Maven built (./mvnw -B -DskipTests package first):
#   docker build --build-arg MODULE=case-service --build-arg PORT=8081 -t ponte/case-service .
# The same file builds every part (docker-compose.yml names MODULE and PORT for each).

FROM eclipse-temurin:17-jre AS layers
ARG MODULE
WORKDIR /build
COPY ${MODULE}/target/${MODULE}-*.jar app.jar
# The jar unpacked into its dependencies and the application, and a class data sharing archive trained by starting
# the application context once (no broker or store needed: it stops once the context is refreshed).
RUN java -Djarmode=tools -jar app.jar extract --destination app \
 && cd app && java -XX:ArchiveClassesAtExit=app.jsa -Dspring.context.exit=onRefresh -Dspring.main.banner-mode=off -jar app.jar \
      > /dev/null 2>&1 || true

FROM eclipse-temurin:17-jre
ARG PORT
RUN groupadd --system --gid 10001 ponte && useradd --system --uid 10001 --gid ponte --no-create-home --shell /usr/sbin/nologin ponte
WORKDIR /app
COPY --from=layers /build/app/lib/ lib/
COPY --from=layers /build/app/app.jar /build/app/app.js[a] ./
ENV PORT=${PORT}
EXPOSE ${PORT}
USER 10001:10001
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=12 \
  CMD curl -fs "http://localhost:${MANAGEMENT_SERVER_PORT:-$PORT}/actuator/health" > /dev/null || exit 1
# JAVA_OPTS replaces the default heap share; the archive is used when it was made (a JVM that cannot map it runs without it).
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["sh", "-c", "exec java -XX:SharedArchiveFile=app.jsa -Xshare:auto $JAVA_OPTS -jar app.jar \"$@\"", "--"]
