# klaster container image.
#
#   docker build -t klaster .
#   docker build --build-arg VERSION=v0.1.0 -t klaster:v0.1.0 .
#   docker run --rm -p 4337:4337 klaster --rpc-url http://node:8545 --signer-keys env:KEY ...
#
# The binary is static (CGO_ENABLED=0), so the runtime image is distroless
# static: no shell, no package manager, runs as the unprivileged "nonroot"
# user (uid 65532). Every flag has a KLASTER_* environment variable
# (`klaster --help`); see docker-compose.yml for a complete setup.

# The image's Go must be at least go.mod's `go` line (the golang images set
# GOTOOLCHAIN=local, so an older Go fails instead of downloading a newer one).
ARG GO_VERSION=1.26

# ---- build ---------------------------------------------------------------
FROM golang:${GO_VERSION} AS build
WORKDIR /src

# Dependencies first, so that source edits do not re-download modules.
COPY go.mod go.sum ./
RUN go mod download

COPY . .
ARG VERSION=""
# -trimpath drops local paths from the binary; -s -w drop the symbol table
# and DWARF. VERSION (if given) replaces app.Version, reported by
# web3_clientVersion and klaster_getInfo.
RUN CGO_ENABLED=0 go build -trimpath \
      -ldflags "-s -w ${VERSION:+-X github.com/klaster-dev/klaster/app.Version=${VERSION}}" \
      -o /out/klaster ./cmd/klaster

# ---- health probe --------------------------------------------------------
# distroless has no curl or wget and klaster has no health subcommand, so the
# HEALTHCHECK uses busybox's wget applet: the static (musl) busybox binary
# copied under the name "wget" runs that applet.
FROM busybox:1.37-musl AS probe

# ---- runtime -------------------------------------------------------------
FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/klaster /usr/local/bin/klaster
COPY --from=probe /bin/busybox /usr/local/bin/wget

# Inside a container the bundler must listen on all interfaces (the binary's
# default is 127.0.0.1:4337). The HEALTHCHECK below assumes port 4337.
ENV KLASTER_LISTEN=0.0.0.0:4337 \
    KLASTER_LOG_FORMAT=json

USER nonroot:nonroot
EXPOSE 4337

# /health answers 200 when every chain's node is reachable, 503 otherwise.
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["wget", "-q", "-O", "/dev/null", "http://127.0.0.1:4337/health"]

ENTRYPOINT ["klaster"]
