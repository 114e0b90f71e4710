# LeadShift: `make run` builds and launches the app, `make test` runs every
# check CI runs, `make dist` builds the packages. See README.md.
SHELL := /bin/bash
GO ?= go
# The one version, from FyneApp.toml (the app carries the same file, copied
# by `go generate ./cmd/leadshift`).
VERSION := $(shell sed -n 's/^Version *= *"\(.*\)"/\1/p' FyneApp.toml)
PREFIX ?= $(HOME)/.local
DIST := dist

BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS := poppler-utils
LOOK_PKGS := xvfb xauth libgl1-mesa-dri imagemagick xdotool poppler-utils
LINUX_DIST_PKGS := xz-utils binutils
WIN_DIST_PKGS := zip unzip gcc-mingw-w64-x86-64
CHECK_PKGS := wine wine64 xvfb xauth xdotool libgl1-mesa-dri imagemagick poppler-utils file python3

.PHONY: run build deps sys-deps test lint install uninstall bench screenshots screenshots-live screenshots-manager screenshots-trio fuzz \
	dist dist-linux dist-windows dist-macos dist-sums dist-check clean-dist release

run: build
	./bin/leadshift

# go build -v names each package as it compiles it. The first build spends
# minutes in github.com/go-gl (C code) without a word, so build-notice says
# so first, only when the build cache lacks it, and with-progress prints a
# line every 30 s. Later builds take seconds.
COLD_BUILD := First build: Go compiles OpenGL and GLFW (C code) once, about 5 minutes on two idle cores, 8 to 9 on busy ones (see README.md, Build from source). A line every 30 s shows it is still going; later builds take seconds.
COLD_RACE := First make test: the race detector needs OpenGL and GLFW compiled again, about 7 minutes on two idle cores, up to 16 on busy ones. A line every 30 s shows it is still going.

build: deps
	$(GO) generate ./cmd/leadshift
	@.ci/build-notice "$(COLD_BUILD)"
	.ci/with-progress "go build" $(GO) build -v -o bin/leadshift ./cmd/leadshift

# Everything the build, the tests and the tools need, so that later builds
# and tests work offline: the system packages, every module in go.mod
# (including test-only ones and the staticcheck and fyne tools).
deps: sys-deps
	$(GO) mod download

sys-deps:
	@.ci/apt-ensure $(BUILD_PKGS)

test: deps
	@.ci/apt-ensure $(TEST_PKGS)
	@test -z "$$(gofmt -l .)" || { echo "gofmt would change:"; gofmt -l .; exit 1; }
	@.ci/build-notice "$(COLD_BUILD)"
	.ci/with-progress "go vet" $(GO) vet ./...
	.ci/with-progress "staticcheck" $(GO) tool staticcheck ./...
	@.ci/build-notice "$(COLD_RACE)" -race
	.ci/with-progress "go test -race" $(GO) test -race -count=1 ./...

lint:
	$(GO) vet ./...
	$(GO) tool staticcheck ./...

# Puts the leadshift command on the PATH ($(PREFIX)/bin, ~/.local/bin by default).
install: build
	install -D -m 0755 bin/leadshift $(DESTDIR)$(PREFIX)/bin/leadshift
	@case ":$$PATH:" in *":$(PREFIX)/bin:"*) ;; *) echo "Add $(PREFIX)/bin to your PATH to run leadshift by name.";; esac

uninstall:
	rm -f $(DESTDIR)$(PREFIX)/bin/leadshift

# Short fuzzing of every decoder; the seed corpora also run in `make test`.
fuzz:
	$(GO) test ./workshop -run '^$$' -fuzz FuzzDecodeAnswers -fuzztime 30s
	$(GO) test ./workshop -run '^$$' -fuzz FuzzDecodeContent -fuzztime 30s
	$(GO) test ./workshop/planpdf -run '^$$' -fuzz FuzzRender -fuzztime 30s
	$(GO) test ./workshop/storage -run '^$$' -fuzz FuzzReadArchive -fuzztime 30s
	$(GO) test ./workshop/storage -run '^$$' -fuzz FuzzLoadSetup -fuzztime 30s
	for f in FuzzJoinRequest FuzzAnswersRequest FuzzErrorAnswer FuzzCleanName FuzzDiscoveryDatagram FuzzSSEParser; do \
		$(GO) test ./workshop/lan -run '^$$' -fuzz $$f -fuzztime 30s || exit 1; done

bench:
	$(GO) test -run '^$$' -bench . -benchmem ./workshop/...

# Screenshots of every step of the real app under Xvfb, into docs/screenshots.
screenshots: build
	@.ci/apt-ensure $(LOOK_PKGS)
	.ci/screenshots

screenshots-live: build
	@.ci/apt-ensure $(LOOK_PKGS)
	.ci/screenshots-live

# A practice round: a participant's trio screen and the projector.
screenshots-trio: build
	@.ci/apt-ensure $(LOOK_PKGS)
	.ci/screenshots-trio

# The manager's form and the participant's three-way comparison.
screenshots-manager: build
	@.ci/apt-ensure $(LOOK_PKGS)
	.ci/screenshots-manager

# Packages, named with version and platform, and their SHA-256 sums, in dist/.
# macOS cannot be built here: see README.md, "macOS".
dist: dist-linux dist-windows dist-sums

dist-linux: deps
	@.ci/apt-ensure $(LINUX_DIST_PKGS)
	.ci/package linux $(VERSION) $(DIST)

dist-windows: deps
	@.ci/apt-ensure $(WIN_DIST_PKGS)
	.ci/package windows $(VERSION) $(DIST)

# On a Mac: fyne package cannot build for macOS elsewhere. See README.md, "macOS".
dist-macos: deps
	.ci/package darwin $(VERSION) $(DIST)

dist-sums:
	cd $(DIST) && sha256sum LeadShift-$(VERSION)-* > SHA256SUMS && cat SHA256SUMS

# Runs the Windows build under Wine: --version, a plan PDF (the same bytes as
# bin/leadshift's), the start screen; then builds the zip twice more to check
# it is reproducible. Checks the zip that make dist made (so SHA256SUMS still
# matches); builds it when missing. make release runs it.
dist-check: build
	@test -f $(DIST)/LeadShift-$(VERSION)-windows-amd64.zip || $(MAKE) dist-windows
	@.ci/apt-ensure $(CHECK_PKGS)
	.ci/dist-check $(DIST)/LeadShift-$(VERSION)-windows-amd64.zip $(VERSION)
	.ci/repro-check windows

clean-dist:
	rm -rf $(DIST)

# Cuts release VERSION (MAJOR.MINOR.PATCH): sets it in FyneApp.toml, dates
# the CHANGELOG's [Unreleased] section, commits and tags vVERSION, runs make
# dist, then starts the next -dev version. See .ci/release.
release:
	@test -n "$(filter command line,$(origin VERSION))" || { echo "usage: make release VERSION=x.y.z"; exit 2; }
	.ci/release $(VERSION)
