# The trader application image: a Maven build with the repo's wrapper, then a JRE-only runtime.
#   docker build -t trader .        (docker-compose.yml builds it as the "app" service)
# Tests are not run here: CI runs them with .ci/run.

FROM eclipse-temurin:17-jdk AS build
# the wrapper unpacks Maven's zip with unzip
RUN apt-get update && apt-get install -y --no-install-recommends unzip && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
# every module of the root pom (DeploymentFilesTest checks the list)
COPY core core
COPY layer0-ingest layer0-ingest
COPY layer1-alpha layer1-alpha
COPY layer2-ensemble layer2-ensemble
COPY layer3-sizing layer3-sizing
COPY layer4-execution layer4-execution
COPY layer5-risk layer5-risk
COPY venue-support venue-support
COPY venue-hyperliquid venue-hyperliquid
COPY smart-money smart-money
COPY venue-binance venue-binance
COPY fake-binance fake-binance
COPY venue-xchange venue-xchange
COPY fake-coinbase fake-coinbase
COPY fake-spot fake-spot
COPY fake-bybit fake-bybit
COPY fake-okx fake-okx
COPY venue-kraken venue-kraken
COPY fake-kraken fake-kraken
COPY fake-hyperliquid fake-hyperliquid
COPY correlation correlation
COPY notify notify
COPY signals signals
COPY monitoring monitoring
COPY app app
COPY benchmarks benchmarks
RUN --mount=type=cache,target=/root/.m2 ./mvnw -B -q -DskipTests install \
    && cp app/target/trader.jar /trader.jar

FROM eclipse-temurin:17-jre
# curl for the health check; libgomp1 (OpenMP) for LightGBM's native library (model training)
RUN apt-get update && apt-get install -y --no-install-recommends curl libgomp1 && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 10001 --home-dir /app trader \
    && mkdir -p /app/trader-data /data && chown -R trader /app
COPY --from=build /trader.jar /app/trader.jar
WORKDIR /app
USER trader
ENV JAVA_OPTS="-XX:MaxRAMPercentage=75 -Xss4m"
EXPOSE 8080
HEALTHCHECK --interval=10s --timeout=3s --start-period=90s --retries=3 \
    CMD curl -fsS http://127.0.0.1:8080/health || exit 1
# docker run ... trader paper --host 0.0.0.0 --replay /data/FILE.csv.gz [--replay ...] [--speed X]
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/trader.jar \"$@\"", "trader"]
CMD ["--help"]
