# ROX Calculator — two commands on a fresh machine: `make serve` and `make test`.
# Pipeline: cargo (wasm32) → wasm-bindgen (--target web) → wasm-opt (npm binaryen) → dist/.

SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export PATH := $(HOME)/.cargo/bin:$(CURDIR)/www/node_modules/.bin:$(PATH)

CRATE      := rox_calculator
TARGET     := wasm32-unknown-unknown
# The wasm builds have their own target directory: their flags differ from native builds'.
WASM_OUT   := target/wasm/$(TARGET)/release/$(CRATE).wasm
DIST       := dist
WWW        := www
# Copied as they are; boot.js and style.css are minified on the way.
STATIC     := index.html sw.js favicon.png robots.txt embed-demo.html embed-demo.js embed-snippet.js mc-worker.js intl-worker.js
# wasm-bindgen-cli must match the wasm-bindgen crate in Cargo.lock exactly.
WB_VERSION := $(shell awk '/^name = "wasm-bindgen"$$/ {getline; gsub(/[^0-9.]/, ""); print; exit}' Cargo.lock)
PORT       ?= 8080
CHROMIUM   := /usr/bin/chromium

.PHONY: all tools rust-target wasm-bindgen npm chromium dist serve test lint test-native test-e2e budget fuzz bench size clean

all: dist

tools: rust-target wasm-bindgen npm

rust-target:
	@rustup target list --installed | grep -qx $(TARGET) || rustup target add $(TARGET)

wasm-bindgen:
	@if [ "$$(wasm-bindgen --version 2>/dev/null | awk '{print $$2}')" != "$(WB_VERSION)" ]; then \
	  echo "installing wasm-bindgen-cli $(WB_VERSION) (takes ~8 min on 2 cores)"; \
	  cargo install wasm-bindgen-cli --version "=$(WB_VERSION)"; \
	fi

# npm ci when node_modules is missing or older than the lock file.
npm: $(WWW)/node_modules/.installed
$(WWW)/node_modules/.installed: $(WWW)/package.json $(WWW)/package-lock.json
	cd $(WWW) && npm ci --no-audit --no-fund
	touch $@

# Debian's Chromium for the end-to-end tests, poppler's pdftotext to read the printed report, and
# LibreOffice Impress (without its GUI) to open the slides as a person's office suite would.
chromium:
	@if [ ! -x $(CHROMIUM) ] || ! command -v pdftotext >/dev/null || ! command -v soffice >/dev/null; then \
	  echo "installing Debian's chromium, poppler-utils and libreoffice-impress-nogui"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver poppler-utils libreoffice-impress-nogui; \
	fi

# Three modules: the page (feature `app`: the one Yew app; www/mc-worker.js loads the same wasm
# to run the Monte Carlo in a worker), the JS API (feature `api`, dist/rox_api.js, its glue
# bundled with its one snippet) and the scenario-file module the page fetches when it first
# needs it (feature `files`, dist/rox_files.js: serde_json, pure functions). The slides module
# (www/slides.js with pptxgenjs, dist/rox_slides.js) is JS only, fetched by the page or the API
# the first time slides are asked for. The page's glue is bundled with the UI's
# browser.js and minified by esbuild (one file, a third of the bytes); every wasm file goes
# through wasm-opt; language packs are built from src/text/. The cargo builds write the same
# file, so each is bound before the next; the page's goes last, so the size report of
# `make bench` reads it.
# The module owns its memory (zero-filled when created) and Rust puts its stack first, so the
# lowest KB is only ever the bottom of a 1 MB stack: wasm-opt may assume both (−0.8 KB gzip).
# A function with one caller is inlined into it only up to 500 bytes: the browser compiles a
# function on its first call, on the main thread, so one 34 KB function holding every page (and
# the reducer) cost a new tab ~20 ms before its first frame; kept apart, a visit compiles the
# open page only. Also −1.1 KB gzip.
WASM_OPT := wasm-opt -Oz --converge --strip-debug --strip-producers --zero-filled-memory --low-memory-unused --one-caller-inline-max-function-size=500
# Panic locations and Debug formatting are never shown to a visitor (a panic aborts and the page
# shows its crash notice), so the wasm builds leave them out: ~3 KB gzip (docs/size.md). These
# are unstable flags of the pinned 1.95.0 compiler, unlocked with RUSTC_BOOTSTRAP as for fuzzing.
WASM_RUSTFLAGS := -Zlocation-detail=none -Zfmt-debug=none
WASM_BUILD := RUSTC_BOOTSTRAP=1 RUSTFLAGS="$(WASM_RUSTFLAGS)" CARGO_TARGET_DIR=target/wasm cargo build --release --target $(TARGET) --lib
dist: tools
	rm -rf $(DIST) && mkdir -p $(DIST)
	$(WASM_BUILD) --no-default-features --features api
	wasm-bindgen --target web --no-typescript --out-name rox_api --out-dir $(DIST)/.bindgen $(WASM_OUT)
	esbuild $(DIST)/.bindgen/rox_api.js --bundle --format=esm --log-level=warning --outfile=$(DIST)/rox_api.js
	$(WASM_OPT) $(DIST)/.bindgen/rox_api_bg.wasm -o $(DIST)/rox_api_bg.wasm
	$(WASM_BUILD) --no-default-features --features files
	wasm-bindgen --target web --no-typescript --out-name rox_files --out-dir $(DIST)/.bindgen $(WASM_OUT)
	esbuild $(DIST)/.bindgen/rox_files.js --format=esm --minify --log-level=warning --outfile=$(DIST)/rox_files.js
	$(WASM_OPT) $(DIST)/.bindgen/rox_files_bg.wasm -o $(DIST)/rox_files_bg.wasm
	$(WASM_BUILD)
	wasm-bindgen --target web --no-typescript --out-dir $(DIST)/.bindgen $(WASM_OUT)
	esbuild $(DIST)/.bindgen/$(CRATE).js --bundle --format=esm --minify --log-level=warning --outfile=$(DIST)/$(CRATE).js
	$(WASM_OPT) $(DIST)/.bindgen/$(CRATE)_bg.wasm -o $(DIST)/$(CRATE)_bg.wasm
	rm -rf $(DIST)/.bindgen
	esbuild $(WWW)/boot.js $(WWW)/style.css --minify --log-level=warning --outdir=$(DIST)
	esbuild $(WWW)/slides.js --bundle --format=esm --minify --platform=browser --log-level=warning --outfile=$(DIST)/rox_slides.js
	cd $(WWW) && cp $(STATIC) ../$(DIST)/
	node $(WWW)/tools/text.mjs src/text $(DIST)/i18n
	node $(WWW)/tools/stamp.mjs $(DIST)
	node $(WWW)/tools/compress.mjs $(DIST)

serve: dist
	node $(WWW)/tools/serve.mjs $(DIST) $(PORT)

test: lint test-native fuzz dist budget chromium test-e2e

# What the browser fetches, weighed in headless Chromium (www/tools/weigh.mjs): the landing (`/`
# until drawn and quiet) and the tour (every tab in turn), each file gzip -9 once. Fails when
# either is over its limit in www/budget.json.
budget: dist npm chromium
	node $(WWW)/tools/weigh.mjs $(DIST) --check

# Formatting and lints of all four builds: native (with the tests), the page's wasm, the API's,
# the scenario-file module's.
lint: rust-target
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target $(TARGET) --lib -- -D warnings
	cargo clippy --target $(TARGET) --lib --no-default-features --features api -- -D warnings
	cargo clippy --target $(TARGET) --lib --no-default-features --features files -- -D warnings

test-native:
	cargo test

test-e2e: npm chromium
	cd $(WWW) && node --test --test-concurrency=1 --test-timeout=180000 tools/ e2e/

# Fuzz the share-link decoder, the scenario-file reader and the number parser, a bounded time
# each. cargo-fuzz runs on the pinned stable toolchain without sanitizers (RUSTC_BOOTSTRAP lets
# it pass its -Z flags).
FUZZ_SECONDS ?= 20
fuzz:
	@command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz --locked
	cd fuzz && for t in share_link scenario_json number_input; do \
	  RUSTC_BOOTSTRAP=1 cargo fuzz run --sanitizer none $$t -- -max_total_time=$(FUZZ_SECONDS) 2>&1 | tail -1; \
	done

# Figures, not pass/fail: size (with what each part costs), speed, Lighthouse scores.
bench: dist npm chromium
	node $(WWW)/tools/weigh.mjs $(DIST)
	node $(WWW)/tools/size-report.mjs $(WASM_OUT)
	cd $(WWW) && node bench/speed.mjs
	cargo run --quiet --release --example monte_carlo
	cd $(WWW) && node bench/monte-carlo.mjs
	cd $(WWW) && node bench/lighthouse.mjs

# The landing and the tour, file by file (as `make bench` prints them).
size: dist npm chromium
	node $(WWW)/tools/weigh.mjs $(DIST)

clean:
	rm -rf $(DIST) target $(WWW)/node_modules
