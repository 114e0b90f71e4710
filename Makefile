# LeadShift: `make run` builds and launches the app, `make test` runs every test.
SHELL := /bin/bash
export LANG := en_US.UTF-8
export PATH := $(shell go env GOPATH)/bin:$(PATH)

BUILD_PKGS := gcc libc6-dev pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev \
	libxrandr-dev libxinerama-dev libxi-dev libxxf86vm-dev
TEST_PKGS := poppler-utils
LOOK_PKGS := xvfb xauth libgl1-mesa-dri imagemagick xdotool poppler-utils

.PHONY: run build deps test bench screenshots screenshots-live fuzz

run: build
	./bin/leadshift

build: deps
	go build -o bin/leadshift ./cmd/leadshift

deps:
	@.ci/apt-ensure $(BUILD_PKGS)

test: deps
	@.ci/apt-ensure $(TEST_PKGS)
	@test -z "$$(gofmt -l .)" || { echo "gofmt would change:"; gofmt -l .; exit 1; }
	go vet ./...
	go test -race -count=1 ./...

# Short fuzzing of every decoder; the seed corpora also run in `make test`.
fuzz:
	go test ./workshop -run '^$$' -fuzz FuzzDecodeAnswers -fuzztime 30s
	go test ./workshop -run '^$$' -fuzz FuzzDecodeContent -fuzztime 30s
	go test ./workshop/planpdf -run '^$$' -fuzz FuzzRender -fuzztime 30s
	go test ./workshop/storage -run '^$$' -fuzz FuzzReadArchive -fuzztime 30s
	go test ./workshop/storage -run '^$$' -fuzz FuzzLoadSetup -fuzztime 30s
	for f in FuzzJoinRequest FuzzAnswersRequest FuzzErrorAnswer FuzzCleanName FuzzDiscoveryDatagram FuzzSSEParser; do \
		go test ./workshop/lan -run '^$$' -fuzz $$f -fuzztime 30s || exit 1; done

bench:
	go test -run '^$$' -bench . -benchmem ./workshop/...

# Screenshots of every step of the real app under Xvfb, into docs/screenshots.
screenshots: build
	@.ci/apt-ensure $(LOOK_PKGS)
	.ci/screenshots

screenshots-live: build
	@.ci/apt-ensure $(LOOK_PKGS)
	.ci/screenshots-live
